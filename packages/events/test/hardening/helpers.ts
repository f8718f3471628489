export { run, site } from '../helpers/cli.js';

export const EVENT = `---
title: Robotica
date: 2030-05-01 10:00
---
Tekst.
`;
