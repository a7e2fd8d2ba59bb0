// The WHATWG globals that Node (20+) and Chromium both provide, declared by hand because
// shared/ compiles without the DOM and Node types. Only this program sees this file; main and
// the renderer get the full types from @types/node and lib.dom. Add a member only when both
// runtimes have it, and only when shared/ needs it.
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly hostname: string;
  readonly href: string;
}

declare class URLSearchParams {
  constructor(init?: string | Record<string, string>);
  append(name: string, value: string): void;
  toString(): string;
}
