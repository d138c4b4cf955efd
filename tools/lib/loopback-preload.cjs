// Preloaded into the Agents Playground (node -r) so that its server listens on 127.0.0.1 only:
// the Playground has no host option and calls listen(port) with no host, i.e. all interfaces.
'use strict';
const net = require('node:net');

const host = process.env.FORUMBOT_BIND_HOST || '127.0.0.1';
const listen = net.Server.prototype.listen;

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const first = args[0];
  if (first !== null && typeof first === 'object' && !Array.isArray(first)) {
    const isSocketOrHandle = first.path !== undefined || first.fd !== undefined || first.handle !== undefined || first._handle !== undefined;
    if (!isSocketOrHandle && !first.host) args[0] = { ...first, host };
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    if (typeof args[1] !== 'string') args.splice(1, 0, host);
  } else if (first === undefined || typeof first === 'function') {
    args.splice(0, first === undefined ? 1 : 0, 0, host);
  }
  return listen.apply(this, args);
};
