// Check a page's structured data with structured-data-testing-tool's Google preset (offline:
// the page is read from disk) and print what it found as JSON: node structured_data.js PAGE
const fs = require('fs');
const { structuredDataTest } = require('structured-data-testing-tool');
const presets = require('structured-data-testing-tool/presets');

const report = (result) => console.log(JSON.stringify({
  schemas: result.schemas,
  passed: result.passed.map((test) => test.description),
  failed: result.failed.map((test) => [test.description, test.error && test.error.message]),
  warnings: result.warnings.map((test) => test.description),
}));

structuredDataTest(fs.readFileSync(process.argv[2]), { presets: [presets.Google], schemas: [] })
  .then(report)
  .catch((error) => {
    if (error.type !== 'VALIDATION_FAILED') throw error;
    report(error.res);
  });
