/** A compact, reviewable summary of a story for golden files (geometry reduced to its type and vertex count). */
import type { Story } from '../../../src/core/story';

export function summarize(story: Story) {
  return {
    actors: story.actors.map((a) => ({ id: a.id, name: a.name, role: a.role ?? null, countryCode: a.countryCode ?? null })),
    routes: story.routes.map((r) => ({
      id: r.id,
      from: r.properties.from,
      to: r.properties.to,
      actors: r.properties.actors,
      status: r.properties.status,
      date: r.properties.date,
      origin: r.properties.origin,
      destination: r.properties.destination,
      evidence: r.properties.evidence,
      confidence: r.properties.confidence,
      distanceKm: r.properties.distanceKm,
      geometry: r.geometry.type,
      sentences: r.properties.mentions.map((m) => m.text),
    })),
    events: story.events.map((e) => ({
      id: e.id,
      name: e.properties.name,
      eventType: e.properties.eventType,
      place: e.properties.place ?? null,
      participants: e.properties.participants,
      status: e.properties.status,
      date: e.properties.date,
      dateSet: e.properties.dateSet,
    })),
    impliedPlaces: story.impliedPlaces.map((p) => p.id),
  };
}
