// mocha on jsdom 20 with jsdom's own globals, as VA.gov's unit tests run.
module.exports = { spec: ['*.mocha.test.mjs'], require: ['./mocha-jsdom-setup.mjs'] };
