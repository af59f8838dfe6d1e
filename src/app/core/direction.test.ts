import { describe, expect, it } from 'vitest';
import { neighbourInDirection } from './direction.ts';

const from = { x: 100, y: 100 };
const around = [
  { id: 'east', x: 200, y: 110 },
  { id: 'far-east', x: 400, y: 100 },
  { id: 'north', x: 90, y: 20 },
  { id: 'south-west', x: 40, y: 170 },
];

describe('neighbourInDirection', () => {
  it('picks the neighbour that lies that way on screen (y grows downwards)', () => {
    expect(neighbourInDirection(from, around, 'right')).toBe('east');
    expect(neighbourInDirection(from, around, 'up')).toBe('north');
    expect(neighbourInDirection(from, around, 'down')).toBe('south-west');
    expect(neighbourInDirection(from, around, 'left')).toBe('south-west');
  });

  it('prefers one on the axis to a nearer one far off it', () => {
    const points = [
      { id: 'diagonal', x: 150, y: 145 },
      { id: 'straight', x: 175, y: 100 },
    ];
    expect(neighbourInDirection(from, points, 'right')).toBe('straight');
  });

  it('says when nothing is that way, and skips a node drawn on the same spot', () => {
    expect(neighbourInDirection(from, [{ id: 'east', x: 200, y: 100 }], 'left')).toBeNull();
    expect(neighbourInDirection(from, [{ id: 'same', x: 100, y: 100 }], 'right')).toBeNull();
  });

  it('breaks ties by id', () => {
    const twins = [
      { id: 'b', x: 200, y: 100 },
      { id: 'a', x: 200, y: 100 },
    ];
    expect(neighbourInDirection(from, twins, 'right')).toBe('a');
  });
});
