export function SiteHeader({ current }: { current: 'home' | 'help' }) {
  return (
    <header className="site-header">
      <a className="brand" href="./">
        Wayfarer <span>Travel</span>
      </a>
      <nav aria-label="Main">
        <a href="./" aria-current={current === 'home' ? 'page' : undefined}>
          Trips
        </a>
        <a href="./inline.html" aria-current={current === 'help' ? 'page' : undefined}>
          Help centre
        </a>
      </nav>
    </header>
  );
}
