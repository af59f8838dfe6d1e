// Synthetic knowledge bases for scale tests and benchmarks (`faktograf synth`).
export { synthesize, validateSynthOptions, SYNTH_DEFAULTS, type SynthKnowledgeBase, type SynthOptions } from './generate.ts';
export { synthFiles } from './emit.ts';
