// `import … from 'faktograf/node'`: the file access the library leaves to Node.
export { readKnowledgeBaseDir } from './read-kb.ts';
export { writeFilesAtomic } from './write-atomic.ts';
