/**
 * Edits in words, for the list of edits a person made (src/core/edits/types.ts has the edits themselves).
 */
import type { Edit, PlaceChoice } from '../../core/edits/types';

const quote = (words: string) => `“${words}”`;

function choiceName(choice: PlaceChoice): string {
  if (choice.type === 'custom') return `${choice.name} (your pin)`;
  return choice.countryCode && choice.placeType !== 'country' ? `${choice.name}, ${choice.countryCode}` : choice.name;
}

/**
 * One line saying what an edit does.
 * @example describeEdit({ kind: 'remove-place', place: { id: 'place:xinhua', name: 'Xinhua' }, id: 'e1', at: '' }) // → 'Not a place: “Xinhua”'
 */
export function describeEdit(edit: Edit): string {
  switch (edit.kind) {
    case 'choose-place':
      return `${quote(edit.place.name)} is ${choiceName(edit.choice)}`;
    case 'choose-mention':
      return `${quote(edit.mention.text)} (one mention) is ${choiceName(edit.choice)}`;
    case 'remove-place':
      return `Not a place: ${quote(edit.place.name)}`;
    case 'remove-mention':
      return `Not a place here: ${quote(edit.mention.text)} (one mention)`;
    case 'add-place':
      return `Added ${quote(edit.mention.text)} as ${choiceName(edit.choice)}`;
    case 'move-place':
      return `Moved ${edit.place.name} to ${edit.lat.toFixed(3)}, ${edit.lon.toFixed(3)}`;
    case 'delete-route':
      return `Deleted the journey ${edit.route.name}`;
    case 'delete-event':
      return `Deleted the event ${edit.event.name}`;
    case 'add-route':
      return `Added a journey${edit.traveller ? ` of ${edit.traveller}` : ''}: ${edit.from.name} → ${edit.to.name} (${edit.status}${edit.date?.label ? `, ${edit.date.label}` : ''})`;
    case 'reverse-route':
      return `Reversed the journey ${edit.route.name}`;
    case 'set-status':
      return `${edit.target.name}: ${edit.status}`;
    case 'set-date':
      return `${edit.target.name}: dated ${edit.date.label || edit.date.start || 'no date'}`;
    case 'promote-journey':
      return `Drew the possible journey ${edit.journey.name}`;
  }
}

