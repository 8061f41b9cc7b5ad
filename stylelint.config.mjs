// The elements' styles (`css` templates in src/) use no CSS feature that the browsers named in
// package.json's `browserslist` lack, unless a comment at the use says why it is safe there.
export default {
  customSyntax: 'postcss-lit',
  plugins: ['stylelint-no-unsupported-browser-features'],
  rules: {
    'plugin/no-unsupported-browser-features': [true, { severity: 'error' }],
  },
};
