// plain.html: the baseline, the same messages as plain divs. Its bundle holds React, React DOM, the fake client's
// store and the harness, and nothing of xo-chat's UI, so its evaluation is React's own.
import './eval-start';
import { PlainList } from './PlainList';
import { startBench } from './harness';

startBench('plain', (client) => <PlainList store={client.store} />);
