// Types-only entry for the wire protocol, shared with @xo-chat/local-platform.
export {};
