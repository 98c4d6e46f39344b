import lib = require('level-of-care');

const level: lib.LevelId = 'php';
const name: string | undefined = lib.getLevel(level)?.name;
export = name;
