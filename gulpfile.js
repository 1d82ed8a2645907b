// tsc copies no images: put the node and credential icons next to their compiled files.
const path = require('path');
const { task, src, dest, parallel } = require('gulp');

const copyIconsOf = (folder) => {
	const copy = () =>
		src(path.resolve(folder, '**', '*.{png,svg}'), { encoding: false }).pipe(
			dest(path.resolve('dist', folder)),
		);
	copy.displayName = `icons:${folder}`;
	return copy;
};

task('build:icons', parallel(copyIconsOf('nodes'), copyIconsOf('credentials')));
