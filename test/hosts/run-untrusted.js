#!/usr/bin/env node
// The Node extension host with workspace trust on and the test folder untrusted (restricted mode):
// runs only the integration suites tagged @untrusted. Ends with "untrusted: N passed, M failed".
'use strict';
process.env.NEWS_LENS_UNTRUSTED = '1';
require('./run-node-host.js');
