// Placeholder until the analysis pipeline lands (issue 2).
process.stderr.write('claim-lens: not built yet\n');
process.exit(2);
