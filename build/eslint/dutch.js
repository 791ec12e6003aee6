/**
 * A small, deliberately simple detector for Dutch text, used by the `veldwerk/no-dutch-text`
 * lint rule. It answers one question for one literal: would a user read this as Dutch?
 *
 * A text is Dutch when one of its words is a common Dutch word that English does not share, or
 * is spelled in a way English is not (`ij`, a long `aa`/`uu`/`oe`, a diaeresis as in
 * `beëindigen`). Words in `notDutch` (place and organisation names, codes, English words with
 * such spellings) never count.
 *
 * Identifiers, keys, CSS classes, paths, codes and URLs are not text. A literal without spaces
 * is skipped when it starts lower case (`'naam'`, `'kennisbank'`, `'is-open'`), is all capitals
 * (`'ENOENT'`), is camelCase or PascalCase (`'BezoekverslagScreen'`) or holds one of
 * `_ . / : # = ? & @ + $ < > { } [ ] | ^ *` (`'nl-NL'`, `'/kennisbank/regelingen'`). All-capital
 * words inside a text (`MKB`, `EVC`) are codes and never count. A comma-separated list of names
 * (a Dexie index spec) is code. In JSX (text children and attribute values) a single lower-case
 * word is shown as it is, so there only paths are skipped.
 */

/** Dutch words English does not use; function words first, then words of this app's screens. */
const dutchWords = new Set(
  `de het een en van niet geen voor met bij uw wordt worden werd kan kunt kunnen naar dit deze
  dat zijn nog ook maar wel heeft hebben hier uit aan wat waar wie welke welk niets iets alle
  alles er om op te tot zonder onder tussen sinds tijdens eerst altijd nooit moet moeten mag
  mogen zal zullen wilt willen staat staan gaat gaan mijn onze jij je ik wij zij ze hun zelf als
  omdat wanneer terwijl opnieuw nieuw nieuwe oude eerder later vandaag gisteren morgen maand jaar
  dag dagen keer twee drie vier vijf zes zeven acht negen tien eerste tweede laatste volgende
  vorige meer minder veel weinig andere ander nee onbekend onbekende leeg lege zoals nu
  naam annuleren opslaan sluiten verwijderen bewerken toevoegen terug bevestigen zoeken
  exporteren importeren afdrukken kies kiezen bedrijf bedrijven gemeente datum kanaal netwerk
  netwerken regeling regelingen begrip begrippen kennisbank contactmoment contactmomenten
  contactpersoon contactpersonen adviseur adviseurs gesprek gesprekken vraag vragen antwoord
  antwoorden actie acties afspraak opvolging notitie notities omschrijving beschrijving
  toelichting titel onderwerp onderwerpen samenvatting plaats adres telefoon functie gegevens
  bestand bestanden mappen fout fouten gelukt mislukt bezig laden klaar openen geopend gesloten
  verbergen tonen toon alleen pagina instellingen synchronisatie synchroniseren afstemming
  portefeuille doelgroep voorwaarden bron bronnen geldig ongeldig ongeldige verplicht optioneel
  intrekken ingetrokken archiveren gearchiveerd herstellen databank versie ophalen versturen
  verzenden controleren afgerond gepland lopend overzicht lijst eigenaar verslag bezoek bezoeken
  wachtwoord sleutel doorgaan stoppen beginnen aantal totaal gekozen vul vult nummer adviseurs
  gebruiker gebruikers opgeslagen bewaard vastleggen vastgelegd melding meldingen sector sectoren
  kolom kolommen rij rijen regel regels kopie opmerking opmerkingen`.split(/\s+/),
);

/** Names, codes and English words that the spelling test would take for Dutch. */
const notDutch = new Set(
  `veldwerk leerwerkloket baanbrekend drechtsteden dordrecht zwijndrecht papendrecht sliedrecht
  hendrik-ido-ambacht alblasserdam hardinxveld-giessendam kvk mkb bpv evc llo zzp uwv nl-nl
  fiji beijing hijack isaac aaron bazaar vacuum continuum shoe shoes does doesn doesn't goes
  canoe toe toes poem poems whoever heroes coefficient oboe phoenix joe`.split(/\s+/),
);

/**
 * English words Dutch does not share. A log or error text in English may name a domain word
 * (`kennisbank`, `zij-instroom`); it stays English when its English words outnumber its Dutch ones.
 */
const englishWords = new Set(
  `the and to are not no failed from with for on a an does do exist exists cannot could should
  must be been has have this that it at by or invalid missing unknown error row without after
  before when while than into only`.split(/\s+/),
);

/** Spellings English lacks: ij, a long aa/uu, oe, a diaeresis or an accent on a vowel. */
const dutchSpelling = /ij|aa|uu|oe|[ëïöüéèêó]/;

const programmaticSingle =
  /^[\p{Ll}\d]|[_./:#=?&@+\\$<>{}[\]|^*]|^\p{Lu}+$|^\p{Lu}?\p{Ll}+\p{Lu}[\p{L}\d]*$/u;
/** Paths, anchors and query strings, which are code even in JSX. */
const pathLike = /^[/#]|[_/\\=?&@]/;
/** A comma-separated list of names, such as a Dexie index spec (`'id, kvk, name, gemeente'`). */
const nameList = /^[\w$&*+[\]]+(\s*,\s*[\w$&*+[\]]+)+$/;

/** The words of a text, lower case; hyphenated words are split into their parts as well. */
export function wordsOf(text) {
  const words = (text.match(/\p{L}[\p{L}'’-]*\p{L}|\p{L}/gu) ?? [])
    .filter((word) => !/^\p{Lu}+$/u.test(word))
    .map((word) => word.toLowerCase());
  return words.flatMap((word) => (word.includes('-') ? [word, ...word.split('-')] : [word]));
}

function isDutchWord(word) {
  if (notDutch.has(word) || word.length < 2) return false;
  return dutchWords.has(word) || (word.length > 2 && dutchSpelling.test(word));
}

/** The Dutch words found in `text` (used for the lint message). */
export function dutchWordsIn(text) {
  return wordsOf(text).filter(isDutchWord);
}

/**
 * Whether `text` reads as Dutch to a user. `jsx` marks text in JSX (children and attribute
 * values), where a single lower-case word is shown as it is.
 */
export function isDutch(text, { jsx = false } = {}) {
  const trimmed = text.trim();
  if (!/\p{L}{2}/u.test(trimmed)) return false;
  if (/^[a-z]+:\/\//i.test(trimmed) || /^mailto:/i.test(trimmed)) return false;
  const single = !/\s/.test(trimmed);
  if (single && (jsx ? pathLike : programmaticSingle).test(trimmed)) return false;
  if (notDutch.has(trimmed.toLowerCase()) || nameList.test(trimmed)) return false;
  const words = trimmed.match(/\p{L}[\p{L}'’-]*\p{L}|\p{L}/gu) ?? [];
  const dutch = words.filter((word) => wordsOf(word).some(isDutchWord)).length;
  const english = words.filter((word) => englishWords.has(word.toLowerCase())).length;
  return dutch > 0 && dutch >= english;
}
