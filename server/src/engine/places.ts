// Countries, territories and organisations by every name and adjective news copy uses for them
// (server/data/kb/countries.yaml): "U.S.", "Swedish", "NATO".
import data from '../../generated/countries.json';

export interface Place {
  name: string;
  code: string;
  type: string;
}

const places = data.places as Place[];
const forms = data.forms as Record<string, number[]>;

/** The places a name, alias or adjective stands for (case-sensitive, as written: "Swedish", "U.S."). */
export function placesNamed(form: string): Place[] {
  return (forms[form] ?? []).map((i) => places[i]);
}

/** Whether a word is a place's name or adjective ("U.S.", "Russian", "Ukraine"). */
export function isPlaceWord(form: string): boolean {
  return forms[form] !== undefined;
}

export function allPlaces(): readonly Place[] {
  return places;
}
