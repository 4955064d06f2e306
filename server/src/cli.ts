/** The `newslens` command line. */
console.log('newslens: not implemented yet');
