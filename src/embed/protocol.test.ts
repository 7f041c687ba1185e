import { describe, expect, it } from 'vitest';
import {
  heightMessage,
  heightRequest,
  isHeightRequest,
  isPymWidthMessage,
  MAX_HEIGHT,
  MESSAGE_TYPE,
  MIN_HEIGHT,
  pymChildId,
  pymMessage,
  readHeight,
} from './protocol.ts';

describe('readHeight(data)', () => {
  it('reads the height of the message heightMessage(h) makes, rounded up', () => expect(readHeight(heightMessage(480.2))).toBe(481));
  it('clamps heights to the bounds', () => {
    expect(readHeight(heightMessage(1e9))).toBe(MAX_HEIGHT);
    expect(readHeight(heightMessage(3))).toBe(MIN_HEIGHT);
  });
  it.each([
    ['a negative height', { type: MESSAGE_TYPE, version: 1, height: -10 }],
    ['NaN', { type: MESSAGE_TYPE, version: 1, height: Number.NaN }],
    ['Infinity', { type: MESSAGE_TYPE, version: 1, height: Number.POSITIVE_INFINITY }],
    ['a height written as text', { type: MESSAGE_TYPE, version: 1, height: '500' }],
    ['another version', { type: MESSAGE_TYPE, version: 2, height: 500 }],
    ['another type', { type: 'height', version: 1, height: 500 }],
    ['a string', JSON.stringify(heightMessage(500))],
    ['an array', [MESSAGE_TYPE, 1, 500]],
    ['null', null],
    ['a pym.js message', 'pymxPYMxchartxPYMxheightxPYMx500'],
    ['a message whose fields are inherited', Object.create(heightMessage(500))],
    ['a message with its fields on a polluted prototype', JSON.parse(`{"__proto__": ${JSON.stringify(heightMessage(500))}}`)],
  ])('ignores %s', (_, data) => expect(readHeight(data)).toBeUndefined());
});

describe('pym.js messages', () => {
  it('pymMessage(id, "height", h) is the message pym.js 1.x parents parse', () => {
    const message = pymMessage('chart-1', 'height', '480');
    // pym.v1.js: new RegExp('^' + ['pym', id, '(\\S+)', '(.*)'].join('xPYMx') + '$')
    expect(/^pymxPYMxchart-1xPYMx(\S+)xPYMx(.*)$/.exec(message)?.slice(1)).toEqual(['height', '480']);
  });
  it('isPymWidthMessage(data, id) knows the parent asking child id for its height, and only that', () => {
    expect(isPymWidthMessage('pymxPYMxchartxPYMxwidthxPYMx600', 'chart')).toBe(true);
    expect(isPymWidthMessage('pymxPYMxotherxPYMxwidthxPYMx600', 'chart')).toBe(false);
    expect(isPymWidthMessage('pymxPYMxchartxPYMxnavigateToxPYMxhttps://evil.example', 'chart')).toBe(false);
    expect(isPymWidthMessage({ width: 600 }, 'chart')).toBe(false);
  });
  it('pymChildId(search) takes the id pym.Parent gives, and refuses ids that could break the message format', () => {
    expect(pymChildId('?initialWidth=600&childId=chart-1&parentTitle=x')).toBe('chart-1');
    expect(pymChildId('?childId=a xPYMx b')).toBeUndefined();
    expect(pymChildId('?theme=dark')).toBeUndefined();
  });
});

describe('isHeightRequest(data)', () => {
  it('knows the request heightRequest() makes, and nothing else', () => {
    expect(isHeightRequest(heightRequest())).toBe(true);
    expect(isHeightRequest({ ...heightRequest(), version: 2 })).toBe(false);
    expect(isHeightRequest(JSON.stringify(heightRequest()))).toBe(false);
    expect(isHeightRequest(Object.create(heightRequest()))).toBe(false);
  });
});
