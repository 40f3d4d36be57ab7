import { render, screen } from '@testing-library/react';
import { useState, version } from 'react';
import { version as domVersion } from 'react-dom';
import { version as serverVersion } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createStore, useStore } from 'zustand';

// The react-18 project sets XO_TEST_REACT=18 and aliases React to compat/react-18; the react project uses 19.
// If an alias or an inlined dependency slips, two Reacts meet and a hook call throws here.
const expected = process.env['XO_TEST_REACT'] ?? '19';

describe(`React ${expected} under test`, () => {
  it('is the React, react-dom and react-dom/server this project is meant to run', () => {
    expect(version.split('.')[0]).toBe(expected);
    expect(domVersion).toBe(version);
    expect(serverVersion).toBe(version);
  });

  it('renders through @testing-library/react and zustand on that one copy', () => {
    const store = createStore(() => ({ greeting: 'hello' }));
    function Probe() {
      const [count] = useState(1);
      const greeting = useStore(store, (s) => s.greeting);
      return <p>{`${greeting} ${count} ${version}`}</p>;
    }
    render(<Probe />);
    expect(screen.getByText(`hello 1 ${version}`)).toBeInTheDocument();
  });
});
