import { describe, expect, it } from 'vitest';
import { readCoordinate, readLatLon } from '../../../src/app/lib/coordinates';

describe('readCoordinate', () => {
  it('reads decimal degrees with optional degree signs and hemisphere letters', () => {
    expect(readCoordinate('39.0392', 'lat')).toEqual({ ok: true, value: 39.0392 });
    expect(readCoordinate(' -33.87 ', 'lat')).toEqual({ ok: true, value: -33.87 });
    expect(readCoordinate('33.87° S', 'lat')).toEqual({ ok: true, value: -33.87 });
    expect(readCoordinate('151.21E', 'lon')).toEqual({ ok: true, value: 151.21 });
    expect(readCoordinate('77.04 w', 'lon')).toEqual({ ok: true, value: -77.04 });
    expect(readCoordinate('180', 'lon')).toEqual({ ok: true, value: 180 });
  });
  it('says what is wrong in words', () => {
    expect(readCoordinate('', 'lat')).toEqual({ ok: false, error: 'the latitude is empty' });
    expect(readCoordinate('91', 'lat')).toEqual({ ok: false, error: 'a latitude lies between −90 and 90 degrees' });
    expect(readCoordinate('-180.5', 'lon')).toEqual({ ok: false, error: 'a longitude lies between −180 and 180 degrees' });
    expect(readCoordinate('39 E', 'lat')).toEqual({ ok: false, error: 'E is not a hemisphere of latitude' });
    expect(readCoordinate('north', 'lat')).toEqual({ ok: false, error: '“north” is not a latitude in degrees' });
    expect(readCoordinate('1e3', 'lon').ok).toBe(false);
  });
});

describe('readLatLon', () => {
  it('reads a pair as maps copy it, latitude first', () => {
    expect(readLatLon('39.0392, 125.7625')).toEqual({ ok: true, value: { lat: 39.0392, lon: 125.7625 } });
    expect(readLatLon('39.0392 125.7625')).toEqual({ ok: true, value: { lat: 39.0392, lon: 125.7625 } });
    expect(readLatLon('-33.87;151.21')).toEqual({ ok: true, value: { lat: -33.87, lon: 151.21 } });
    expect(readLatLon('39.04° N, 125.76° E')).toEqual({ ok: true, value: { lat: 39.04, lon: 125.76 } });
  });
  it('reads a pair written longitude first by its hemisphere letters', () => {
    expect(readLatLon('125.76 E 39.04 N')).toEqual({ ok: true, value: { lat: 39.04, lon: 125.76 } });
  });
  it('refuses what is not one pair', () => {
    expect(readLatLon('39.0392').ok).toBe(false);
    expect(readLatLon('1, 2, 3').ok).toBe(false);
    expect(readLatLon('Pyongyang 39, 125').ok).toBe(false);
    expect(readLatLon('125.76, 39.04')).toEqual({ ok: false, error: 'a latitude lies between −90 and 90 degrees' });
  });
});
