import { z } from '../zod';
import { MAX_PINS, ModelIdSchema, PinSchema, type Pin, type PinsData } from './pin';

/**
 * A change asked for by a tab or the popup. The background, the only writer, applies them
 * one after another, so requests that race each other still end in one consistent list.
 */
export type PinOperation = { kind: 'pin'; pin: Pin } | { kind: 'unpin'; modelId: string };

/** For requests arriving by message: page urls and titles come from pages, so they are cleaned here. */
export const PinOperationSchema: z.ZodType<PinOperation> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pin'), pin: PinSchema }),
  z.object({ kind: z.literal('unpin'), modelId: ModelIdSchema }),
]);

/**
 * Puts a model first. A model already pinned stays where it is, with its first time and
 * place. A full list is left as it is — no pin is ever pushed out to make room — so the
 * caller can tell the user by checking `isPinned` on the result.
 */
export function pin(data: PinsData, newPin: Pin): PinsData {
  if (isPinned(data, newPin.modelId) || data.pins.length >= MAX_PINS) return data;
  return { pins: [newPin, ...data.pins] };
}

export function unpin(data: PinsData, modelId: string): PinsData {
  if (!isPinned(data, modelId)) return data;
  return { pins: data.pins.filter((pinned) => pinned.modelId !== modelId) };
}

export function isPinned(data: PinsData, modelId: string): boolean {
  return data.pins.some((pinned) => pinned.modelId === modelId);
}

export function applyOperations(data: PinsData, operations: readonly PinOperation[]): PinsData {
  return operations.reduce(applyOperation, data);
}

function applyOperation(data: PinsData, operation: PinOperation): PinsData {
  switch (operation.kind) {
    case 'pin':
      return pin(data, operation.pin);
    case 'unpin':
      return unpin(data, operation.modelId);
  }
}
