// Jest runs CommonJS: Babel turns the ES modules of the tests, Lit and the package into it.
module.exports = { presets: [['@babel/preset-env', { targets: { node: 'current' } }]] };
