import { describe, expect, it } from 'vitest';
import { formatOffset, utcOffsetMinutes } from './utcOffset';
import { zoneIndex } from './zones';

const zones = zoneIndex();

describe('finding a time zone by what organisers type', () => {
  it.each([
    ['오사카', 'Asia/Tokyo'],
    ['大阪', 'Asia/Tokyo'],
    ['Osaka', 'Asia/Tokyo'],
    ['ｏｓａｋａ', 'Asia/Tokyo'],
    ['OSAKA', 'Asia/Tokyo'],
    ['大阪府', 'Asia/Tokyo'],
    ['Kyoto', 'Asia/Tokyo'],
    ['京都', 'Asia/Tokyo'],
    ['구마모토', 'Asia/Tokyo'],
    ['岐阜', 'Asia/Tokyo'],
    ['일본', 'Asia/Tokyo'],
    ['타이베이', 'Asia/Taipei'],
    ['台北', 'Asia/Taipei'],
    ['Taipei', 'Asia/Taipei'],
    ['서울특별시', 'Asia/Seoul'],
    ['경기도', 'Asia/Seoul'],
    ['韓国', 'Asia/Seoul'],
    ['Zürich', 'Europe/Zurich'],
    ['zurich', 'Europe/Zurich'],
    ['Ho Chi Minh City', 'Asia/Ho_Chi_Minh'],
    ['Washington', 'America/New_York'],
    ['Tokyo', 'Asia/Tokyo'],
    ['Asia/Tokyo', 'Asia/Tokyo'],
    ['asia/taipei', 'Asia/Taipei'],
    ['America/Argentina/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['UTC', 'UTC'],
  ])('%s names %s', (text, zone) => {
    expect(zones.resolve(text)).toEqual({ zone });
  });

  it('names no zone for a text that names several, only a part of a name, or nothing known', () => {
    expect(zones.resolve('미국')).toEqual({
      several: [
        'America/New_York',
        'America/Chicago',
        'America/Denver',
        'America/Phoenix',
        'America/Los_Angeles',
        'Pacific/Honolulu',
      ],
    });
    expect(zones.resolve('Sa')).toBeNull();
    expect(zones.resolve('Tokio')).toBeNull();
    expect(zones.resolve('  ')).toBeNull();
  });

  it('suggests places by the start of their names or of a word in them, in every language', () => {
    const shown = (text: string) => zones.search(text).map((match) => `${match.matched} ${match.zone}`);
    expect(shown('오사')).toEqual(['오사카 Asia/Tokyo']);
    expect(shown('ｏｓ')).toEqual(['Osaka Asia/Tokyo', 'Oslo Europe/Oslo']);
    expect(shown('熊')).toEqual(['熊本 Asia/Tokyo']);
    expect(shown('Francisco')).toEqual(['San Francisco America/Los_Angeles']);
    expect(shown('asia/tai')).toEqual(['Asia/Taipei Asia/Taipei']);
  });

  it('suggests one city per zone for a country with several, and the country itself when it has one', () => {
    const cities = zones.search('미국').map((match) => match.place?.[0]);
    expect(cities).toEqual(['뉴욕', '시카고', '덴버', '피닉스', '샌프란시스코', '호놀룰루']);
    expect(zones.search('日本').map((match) => [match.place?.[0], match.zone])).toEqual([['일본', 'Asia/Tokyo']]);
  });

  it('suggests a zone once, by its place rather than again by its IANA name', () => {
    expect(zones.search('Tokyo').map((match) => match.zone)).toEqual(['Asia/Tokyo']);
  });
});

describe('a zone’s offset from UTC at an instant', () => {
  const winter = new Date('2027-01-15T03:00:00Z');
  const summer = new Date('2027-07-15T03:00:00Z');

  it.each([
    ['Asia/Tokyo', winter, 'GMT+9'],
    ['Asia/Taipei', summer, 'GMT+8'],
    ['Asia/Kolkata', winter, 'GMT+5:30'],
    ['Europe/London', winter, 'GMT'],
    ['Europe/London', summer, 'GMT+1'],
    ['America/New_York', winter, 'GMT−5'],
    ['America/New_York', summer, 'GMT−4'],
  ])('%s on %s is %s', (zone, at, offset) => {
    expect(formatOffset(utcOffsetMinutes(zone, at))).toBe(offset);
  });
});
