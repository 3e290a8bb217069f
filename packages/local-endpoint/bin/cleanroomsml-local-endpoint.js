#!/usr/bin/env node
"use strict";
// `cleanroomsml-local-endpoint`, the command line of @cleanroomsml-sdk/local-endpoint; the code is src/cli.ts.
require("../dist-cjs/cli.js")
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
