import type { Item, Section } from '../domain/guide';
import { followUpOf } from './relevance';

export type LaidOutItem = { item: Item; depth: number; branchLabel: string | null };
/** A question with all its (nested) follow-ups: print keeps a block on one page where it can. */
export type PrintBlock = LaidOutItem[];

/**
 * Groups a section's items into print blocks: each block starts with an item that follows
 * nothing in the current block, and takes every later item that follows up on an item already
 * in it, indented one step deeper than its parent ("Zo ja →", "Zo nee →").
 */
export function printBlocks(section: Pick<Section, 'items'>): PrintBlock[] {
  const blocks: PrintBlock[] = [];
  let current: PrintBlock = [];
  const depthInBlock = new Map<string, number>();
  for (const item of section.items) {
    const parent = followUpOf(item);
    const parentDepth = parent ? depthInBlock.get(parent.parentKey) : undefined;
    if (parent && parentDepth !== undefined) {
      current.push({ item, depth: parentDepth + 1, branchLabel: parent.label });
      depthInBlock.set(item.key, parentDepth + 1);
    } else {
      if (current.length > 0) blocks.push(current);
      current = [{ item, depth: 0, branchLabel: null }];
      depthInBlock.clear();
      depthInBlock.set(item.key, 0);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}
