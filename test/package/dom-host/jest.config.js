module.exports = {
  testEnvironment: 'jsdom',
  testMatch: ['**/*.jest.test.js'],
  // Lit and the package are ES modules, which Jest's default leaves untransformed in node_modules.
  transformIgnorePatterns: ['/node_modules/(?!(health-contacts-elements|lit|lit-html|lit-element|@lit)/)'],
};
