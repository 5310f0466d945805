/**
 * Moved to src/components/download-file.ts. Kept only while src/features/benchmark/share-profile.tsx
 * (being changed by another engineer) still imports it from here; delete once that import moves.
 */
export { downloadText } from '../../components/download-file';
