import { foldName } from '../fold';
import { leadersNamed, type LeaderPost } from '../gazetteer/leaders';
import { isNationalBody, type OrganizerMatch, type ScopeResult } from './organizer';
import type { PersonMention } from './people';
import type { PlaceSpan } from './places';
import { LOCAL_LEVEL, type ProvinceDecision } from './publisher';

// A top post of an unnamed province, as the people extractor writes the role (folded, lower
// case). A role that goes on to name its province ("Bí thư Tỉnh ủy Bắc Ninh") is a place the
// text names: the places already read it.
const LEVEL_VI = String.raw`(?:tinh|thanh pho|tp\.?)`;
const LEVEL_EN = String.raw`(?:provincial|city|municipal)`;
const PEOPLES_EN = String.raw`people'?s?`;
const POST_OF_ROLE: ReadonlyArray<readonly [LeaderPost, RegExp]> = [
  [
    'secretary',
    new RegExp(String.raw`^(?:bi thu (?:tinh|thanh) uy|(?:the )?secretary of (?:the )?${LEVEL_EN} party committee|${LEVEL_EN} party (?:committee )?secretary)$`),
  ],
  [
    'ppc-chair',
    new RegExp(
      String.raw`^(?:(?:quyen )?chu tich (?:ubnd|uy ban nhan dan) ${LEVEL_VI}|(?:acting )?(?:chairman|chairwoman|chairperson|chair|president) of (?:the )?${LEVEL_EN} ${PEOPLES_EN} committee|${LEVEL_EN} ${PEOPLES_EN} committee (?:chairman|chairwoman|chairperson|chair))$`,
    ),
  ],
  [
    'council-chair',
    new RegExp(
      String.raw`^(?:chu tich (?:hdnd|hoi dong nhan dan) ${LEVEL_VI}|(?:chairman|chairwoman|chairperson|chair|president) of (?:the )?${LEVEL_EN} ${PEOPLES_EN} council|${LEVEL_EN} ${PEOPLES_EN} council (?:chairman|chairwoman|chairperson|chair))$`,
    ),
  ],
];

/** The top provincial post a role names without naming its province, or null. */
export function leaderPostOfRole(role: string): LeaderPost | null {
  // ("People’s" and "People's" alike.)
  const folded = foldName(role).replace(/[’‘`]/g, "'");
  for (const [post, pattern] of POST_OF_ROLE) if (pattern.test(folded)) return post;
  return null;
}

/** A person the text names with a top post, and the province whose post that was on the day. */
export interface LeaderEvidence {
  readonly province: string;
  readonly mentions: readonly PersonMention[];
}

/**
 * The one province whose top posts the people named with them held on the day. A person may
 * match two provinces in the weeks of a move between them (the grace around a term): the
 * others named decide, since the one province must be a match of every matched person.
 * Null when no one matches, or when no single province fits them all (a meeting of two
 * provinces' leaders, or namesakes): nothing is then known.
 */
export function leaderProvince(mentions: readonly PersonMention[], isoDate: string): LeaderEvidence | null {
  let common: ReadonlySet<string> | null = null;
  const matched: PersonMention[] = [];
  for (const mention of mentions) {
    const provinces = new Set<string>();
    for (const role of mention.roles) {
      const post = leaderPostOfRole(role);
      if (!post) continue;
      for (const match of leadersNamed(mention.name, post, isoDate)) provinces.add(match.province);
    }
    if (provinces.size === 0) continue;
    matched.push(mention);
    const before: ReadonlySet<string> | null = common;
    const fitting: ReadonlySet<string> = before === null ? provinces : new Set([...before].filter((province: string) => provinces.has(province)));
    if (fitting.size === 0) return null;
    common = fitting;
  }
  const [province, ...others] = common === null ? [] : [...common];
  if (province === undefined || others.length > 0) return null;
  return { province, mentions: matched };
}

/**
 * The text's own decision, unless it names no province: then the province whose top post a
 * person of the story held on the event's day ("đồng chí Đào Hồng Lan, Bí thư Tỉnh ủy" in
 * 2021 is Bắc Ninh's secretary), when the story's bodies are of a province or below. The
 * person's name counts as one mention of the province and the scope is decided again with
 * it. The text never writes the province: its path is `leader` (`leader-host` when the
 * organizer is a national body, whose guest the leader may be), whose confidence is measured
 * like every other path's.
 *
 * @param story the headline and lead, for the level of the bodies when no organizer was found
 * @param rescope the scope decision over the story's places and one more
 */
export function withLeaderProvince(
  scope: ProvinceDecision,
  mentions: readonly PersonMention[],
  organizer: OrganizerMatch | null,
  story: string,
  isoDate: string,
  rescope: (extra: PlaceSpan) => ScopeResult,
): ProvinceDecision {
  if (scope.province !== null) return scope;
  if (!organizer && !LOCAL_LEVEL.test(story)) return scope;
  const evidence = leaderProvince(mentions, isoDate);
  if (!evidence) return scope;
  const first = evidence.mentions[0]!;
  const decided = rescope({ start: first.start, end: first.end, unit: null, province: evidence.province, level: 'province' });
  if (decided.province !== evidence.province) return scope;
  return {
    ...decided,
    // A national body's event with one province's leader: most often the province it visits or works with, but the
    // leader may be a guest of the body's own event elsewhere.
    provinceFrom: organizer && isNationalBody(organizer.organizer) ? 'leader-host' : 'leader',
    provinceSpans: evidence.mentions.slice(0, 3).map(({ start, end }) => ({ start, end })),
    contested: false,
  };
}
