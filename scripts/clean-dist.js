// Remove the previous build so deleted sources never linger in dist/ (and in the published package).
const fs = require('fs');
const path = require('path');

fs.rmSync(path.join(__dirname, '..', 'dist'), { recursive: true, force: true });
