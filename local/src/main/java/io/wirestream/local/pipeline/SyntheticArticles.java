package io.wirestream.local.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Articles for the end-to-end benchmark ({@code ./wirestream bench}), shaped like a wire feed: stories of about
 * 5 KB (paragraphs of sentence patterns with people, places, organisations, figures and dates filled in, and a
 * few of the translation artifacts cleanup repairs), and about one article in five a copy of one that arrived
 * 1 to 50 articles earlier. Half the copies are exact (another id, outlet and URL; other line breaks and spacing,
 * another agency trailer), half near (retitled, the last paragraph cut, the lead sentence rewritten). So every
 * stage does its full work, dedup included. Seeded: the same arguments give the same articles.
 */
final class SyntheticArticles {

    /** What an article is, for tests and reports: the pipeline sees none of this. */
    enum Kind { ORIGINAL, EXACT_COPY, NEAR_COPY }

    /** One generated article; {@code copyOf} is the original's id (null for an original). */
    record Article(String id, String source, String url, String title, String body, String language,
                   Instant publishedAt, Kind kind, String copyOf) {
    }

    /** Copies scheduled per original: 0.25 makes copies a fifth of all articles. */
    static final double COPIES_PER_ORIGINAL = 0.25;
    /** A copy arrives this many articles after its original, at most. */
    static final int MAX_COPY_DISTANCE = 50;
    /** Body length aimed at (characters, before the reference line and trailer): 4,600 to 5,400. */
    static final int BODY_CHARS_MIN = 4_600;
    static final int BODY_CHARS_SPREAD = 800;
    /** Sentence patterns one story draws from (of {@link #SENTENCES}), so that stories do not all share wording. */
    private static final int PATTERNS_PER_STORY = 24;

    private static final String[] SOURCES = {"RCO NEWS", "Bench Wire", "Global Desk", "Capital Tribune",
        "Harbour Times", "Evening Courier", "Daily Ledger", "Coast Herald", "Northern Dispatch", "Metro Bulletin"};
    private static final String[] PEOPLE = {"Ahmed al-Sharaa", "Olaf Scholz", "Emmanuel Macron", "Recep Tayyip Erdogan",
        "Narendra Modi", "Cyril Ramaphosa", "Luiz Inacio Lula da Silva", "Antonio Guterres", "Fumio Kishida",
        "Pedro Sanchez", "Giorgia Meloni", "William Ruto", "Javier Milei", "Anthony Albanese", "Keir Starmer",
        "Friedrich Merz", "Donald Tusk", "Mark Rutte", "Ursula von der Leyen", "Kaja Kallas", "Rafael Grossi",
        "Kristalina Georgieva", "Mark Carney", "Christopher Luxon", "Claudia Sheinbaum", "Gustavo Petro",
        "Shigeru Ishiba", "Lee Jae-myung", "Prabowo Subianto", "Anwar Ibrahim", "Shehbaz Sharif", "Bola Tinubu",
        "Abiy Ahmed", "Paul Kagame", "Ilham Aliyev", "Nikol Pashinyan", "Kassym-Jomart Tokayev", "Joseph Aoun",
        "Nawaf Salam", "Geir Pedersen", "Asaad al-Shaibani", "Mohammed Shia al-Sudani"};
    private static final String[] PLACES = {"Damascus", "Berlin", "Paris", "Ankara", "New Delhi", "Pretoria",
        "Brasilia", "Geneva", "Tokyo", "Madrid", "Rome", "Nairobi", "Buenos Aires", "Canberra", "London", "Cairo",
        "Jakarta", "Hanoi", "Lima", "Oslo", "Warsaw", "Kyiv", "Baghdad", "Amman", "Doha", "Istanbul", "Mumbai",
        "Karachi", "Lagos", "Lahore", "Alexandria", "Casablanca", "Dubai", "Jeddah", "Basrah", "Mosul", "Almaty",
        "Hamburg", "Barcelona", "Johannesburg", "Cape Town", "Durban", "Dar es Salaam", "Abidjan", "Yangon",
        "Surabaya", "Medan", "Bandung", "Busan", "Osaka", "Toronto", "Houston", "Chicago", "Aleppo", "Homs",
        "Latakia", "Tartus", "Odesa", "Kharkiv", "Idlib"};
    private static final String[] ORGS = {"the United Nations", "the World Bank", "the European Union", "NATO",
        "the African Union", "the International Monetary Fund", "the World Health Organization", "OPEC",
        "the Red Cross", "UNICEF", "the World Food Programme", "UNHCR", "the Arab League", "ASEAN",
        "the Gulf Cooperation Council", "the International Atomic Energy Agency", "the World Trade Organization",
        "Amnesty International", "Human Rights Watch", "Doctors Without Borders", "the Council of Europe"};
    private static final String[] TOPICS = {"water supply", "grain exports", "power grid", "port traffic",
        "vaccination campaign", "rail link", "fuel prices", "border crossing", "school reopening", "flood defences",
        "wheat harvest", "copper mine", "fishing rights", "airport expansion", "refugee camp", "bank reform",
        "desalination plant", "bus network", "housing programme", "customs union", "solar farm", "gas pipeline",
        "hospital network", "teacher pay deal", "road tolls", "fertiliser subsidies", "rice reserves",
        "ferry service", "mobile network", "tax amnesty", "pension reform", "mining licences", "cotton exports",
        "river dredging", "cement plant", "tourism season", "coastal railway", "water tariffs", "dam project",
        "fishing fleet"};
    /** Nouns a story keeps coming back to (each story picks a few). */
    private static final String[] NOUNS = {"contractors", "inspectors", "lenders", "subsidies", "tenders", "pumps",
        "turbines", "warehouses", "trucks", "permits", "tariffs", "bonds", "loans", "audits", "engineers",
        "suppliers", "unions", "landlords", "exporters", "importers", "pilots", "nurses", "teachers", "farmers",
        "fishermen", "miners", "drivers", "traders", "investors", "donors", "auditors", "regulators", "surveyors",
        "pipelines", "substations", "reservoirs", "silos", "terminals", "depots", "clinics", "classrooms", "cranes",
        "barges", "tankers", "generators", "meters", "sensors", "valves", "cables", "bridges", "tunnels", "canals",
        "levees", "quays", "runways", "platforms", "kilns", "furnaces", "looms", "vaccines", "syringes", "rations",
        "tents", "blankets", "vouchers", "pensions", "wages", "fees", "levies", "quotas", "licences", "contracts",
        "invoices", "ledgers", "shipments", "cargoes", "harvests", "seedlings", "herds", "nets", "boats", "buses",
        "ferries", "trains", "wagons", "sleepers", "rails", "signals", "panels", "batteries", "inverters", "boilers"};
    private static final String[] ADJECTIVES = {"delayed", "costly", "disputed", "ambitious", "modest", "urgent",
        "overdue", "fragile", "unfinished", "promised", "contested", "expanded", "reduced", "temporary", "permanent",
        "regional", "national", "municipal", "private", "public", "foreign", "local", "emergency", "seasonal",
        "long-awaited", "controversial", "cautious", "rapid", "gradual", "partial", "formal", "informal", "joint",
        "separate", "revised", "original", "additional", "outstanding", "unpaid", "subsidised"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] REPORTERS = {"Lina Haddad", "Tom Becker", "Aisha Okafor", "Jonas Lind",
        "Mei Tanaka", "Carlos Ruiz", "Farah Nasser", "Piotr Nowak"};

    /** The first sentence of a story, and the rewritten lead of a near copy: no figures, so a rewrite adds none. */
    private static final String[] LEADS = {
        "%P on Tuesday defended the %A plan for the %T in %L, saying it would protect %W and %X alike.",
        "Talks on the %T in %L resumed this week after %O said the %W could no longer wait.",
        "The %T in %L has become a test for %P, whose government promised %A progress on it.",
        "Officials in %L and %K are at odds over the %T, a %A dispute that has left %W idle.",
        "%O has asked %P to explain why the %T in %L is still waiting for its %W.",
        "A %A row over the %T has reached the capital, with %W in %L demanding answers from %P.",
        "Hopes for the %T in %L rose on Monday when %P and envoys of %O agreed to meet again.",
        "The future of the %T in %L is uncertain after %O questioned the cost of the %X.",
        "%P arrived in %L on Wednesday to reassure %W that the %T would go ahead as planned.",
        "Nearly a year after it was announced, the %T in %L still has no date for its %A first phase.",
        "Pressure is growing on %P to settle the %T, as %W in %L and %K count the cost of the delay.",
        "%O and the authorities in %L said on Thursday that the %T would get %A support from donors."
    };

    private static final String[] SENTENCES = {
        "%P met officials in %L on %D to discuss the %T, according to a statement from %O.",
        "The talks in %L focused on the %T and lasted %N hours, the officials said.",
        "According to %O, about %N thousand people were affected by problems with the %T in %L.",
        "%P said that the government would spend %N million dollars on the %T before %M.",
        "Officials in %L warned that the %T could resurgence if the funding was not approved . .",
        "A spokesman for %O said the agency had sent %N experts to %L to review the %T.",
        "The %T in %L had been delayed since %M, when protests closed the main road.",
        "%P told reporters in %L that the the agreement on the %T was \"a first step\".",
        "Local traders in %L said prices linked to the %T rose by %N percent in %M.",
        "The opposition in %L criticised %P, saying the plan for the %T ignored smaller towns.",
        "Engineers said repairs to the %T near %L would take at least %N weeks.",
        "%O announced on %D that it would open an office in %L to coordinate work on the %T.",
        "In a televised speech, %P promised that the %T would be finished by %M.",
        "Residents of %L told reporters that the %T had changed little in the past %N months.",
        "Analysts at %O estimated that the %T would cost %L about %N million dollars a year.",
        "The meeting between %P and envoys of %O ended without a joint statement on the %T.",
        "Police in %L said %N people were detained during a protest about the %T.",
        "The ministry said the first phase of the %T in %L began on %D.",
        "%P later travelled from %L to %K for talks on the %T with regional leaders.",
        "Diplomats said a deal on the %T between %L and %K could be signed in %M.",
        "The report by %O found that only %N percent of the %T targets in %L had been met.",
        "Farmers near %L said the %T had left them waiting for payments since %M.",
        "A senior official in %K said the %T would not be discussed until %P returned from %L.",
        "The budget for the %T in %L was cut by %N percent last year, according to %O.",
        "Some %N %W in %L have not been paid since %M, a representative of the %X said.",
        "The %A %X in %K will be inspected by %O before any new %W are ordered.",
        "Critics say the %W bought for the %T were %A and that %N of them were never used.",
        "The governor of %L said %N %W would be moved to %K by the end of %M.",
        "%Q, who chairs the committee overseeing the %T, called the latest figures %A.",
        "A leaked memo from %O put the shortfall for the %X at %N million dollars.",
        "In %K, a smaller scheme for %W was finished in %M at a cost of %N million dollars.",
        "The %X were supposed to arrive in %L by %D, but customs checks held them in %K.",
        "%Q said in a radio interview that the %T had been \"badly managed from the start\".",
        "Representatives of the %X met %P on %D and left without an agreement.",
        "The tender for the %W was won by a consortium from %K, which offered %N million dollars.",
        "Aid workers from %O said %N families near %L still depended on %A deliveries.",
        "Traffic through %K fell by %N percent while the %X were being replaced.",
        "A court in %L suspended part of the %T on %D after complaints from %W.",
        "%P's office said the %A measures would be reviewed every %N weeks.",
        "Data from %O show that the %T served %N thousand people in %L last year.",
        "The %X in %L are among the oldest in the region, some of them built %N years ago.",
        "Unions representing %W threatened a strike in %K unless the %A payments were made by %M.",
        "An audit by %O criticised the way %W were chosen for the %T in %L.",
        "%Q warned that the %T would fail if %W in %K were left out of the plan.",
        "Satellite images reviewed by %O showed that work on the %X near %L had stopped in %M.",
        "Shipping agents in %K said the %X had raised costs by %N percent since %D.",
        "The mayor of %L said the city had received %N of the %N %W it was promised.",
        "Negotiators from %L and %K will meet again in %M to discuss the %A terms of the %T.",
        "A survey of %N %W in %L found that most had not been consulted about the %T.",
        "%P dismissed the criticism, saying the %T had already created %N jobs in %L.",
        "The central bank in %L said the %T had added %N tenths of a point to inflation in %M.",
        "Environmental groups asked %O to halt the %X near %K until a new study is done.",
        "Local radio in %K reported that %N %W had been damaged by a storm on %D.",
        "Officials said the %A schedule for the %T would be published in %M."
    };
    private static final String[] TITLES = {
        "Talks on the %T in %L", "%P pledges to speed up the %T", "%L: %O reviews the %T",
        "Protests over the %T spread to %K", "Deal on the %T expected in %M", "%O warns of delays to the %T",
        "Funding gap threatens the %T in %L", "%P and %Q meet in %L over the %T", "What the %T means for %L",
        "Residents of %L wait for the %T", "%L opens the first phase of the %T", "Critics question the cost of the %T",
        "%O sends experts to %L", "The %T: %P under pressure", "New plan for the %T in %L",
        "Row over %W stalls the %T in %L"
    };

    private SyntheticArticles() {
    }

    /**
     * {@code count} articles with ids {@code idPrefix + position}, published one a minute from {@code firstPublished}
     * (a busy wire), originals and copies mixed as described above.
     */
    static List<Article> generate(String idPrefix, int count, long seed, Instant firstPublished) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Article> articles = new ArrayList<>(count);
        Map<Integer, Story> storyAt = new HashMap<>();
        Map<Integer, Integer> copyOfAt = new HashMap<>(); // position -> position of its original
        for (int position = 0; position < count; position++) {
            String id = idPrefix + position;
            Instant published = firstPublished.plusSeconds(60L * position);
            Integer originalPosition = copyOfAt.remove(position);
            if (originalPosition == null) {
                Story story = Story.write(random, position);
                storyAt.put(position, story);
                articles.add(story.render(id, story.source, published, Style.ORIGINAL, story.trailer, Kind.ORIGINAL, null));
                if (random.nextDouble() < COPIES_PER_ORIGINAL) {
                    int target = position + 1 + random.nextInt(MAX_COPY_DISTANCE);
                    while (copyOfAt.containsKey(target)) {
                        target++;
                    }
                    if (target - position <= MAX_COPY_DISTANCE) {
                        copyOfAt.put(target, position);
                    }
                }
            } else {
                Story original = storyAt.get(originalPosition);
                String originalId = idPrefix + originalPosition;
                String source = otherSource(random, original.source);
                String trailer = otherTrailer(random, original.trailer, source);
                if (random.nextBoolean()) {
                    articles.add(original.render(id, source, published, Style.pick(random), trailer, Kind.EXACT_COPY,
                            originalId));
                } else {
                    articles.add(original.nearCopy(random).render(id, source, published, Style.pick(random), trailer,
                            Kind.NEAR_COPY, originalId));
                }
            }
        }
        return articles;
    }

    /** Writes {@code articles} as JSON Lines in ingest's input shape. */
    static Path write(Path file, List<Article> articles) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Article a : articles) {
                ObjectNode node = json.createObjectNode();
                node.put("id", a.id());
                node.put("source", a.source());
                node.put("url", a.url());
                node.put("title", a.title());
                node.put("body", a.body());
                node.put("language", a.language());
                node.put("publishedAt", a.publishedAt().toString());
                writer.write(json.writeValueAsString(node));
                writer.write('\n');
            }
        }
        return file;
    }

    /** How a copy lays out the same text: line breaks and spacing differ, the words do not. */
    private enum Style {
        ORIGINAL("\n\n", " "), SINGLE_BREAKS("\n", " "), CRLF("\r\n\r\n", " "), DOUBLE_SPACED("\n\n", "  "),
        RAGGED("\n \n", " \t");

        final String paragraphBreak;
        final String sentenceBreak;

        Style(String paragraphBreak, String sentenceBreak) {
            this.paragraphBreak = paragraphBreak;
            this.sentenceBreak = sentenceBreak;
        }

        static Style pick(SplittableRandom random) {
            Style[] copies = {SINGLE_BREAKS, CRLF, DOUBLE_SPACED, RAGGED};
            return copies[random.nextInt(copies.length)];
        }
    }

    /** Who, where and what a story is about: it keeps to these, as a real one does. */
    private record Cast(String[] people, String[] places, String[] orgs, String topic, String[] nouns,
                        String[] adjectives, String[] months) {

        static Cast of(SplittableRandom random) {
            return new Cast(distinct(random, PEOPLE, 3), distinct(random, PLACES, 4), distinct(random, ORGS, 2),
                    pick(random, TOPICS), distinct(random, NOUNS, 6), distinct(random, ADJECTIVES, 4),
                    distinct(random, MONTHS, 3));
        }

        /** A pattern with its slots filled: mostly from the cast, now and then someone or somewhere else. */
        String fill(SplittableRandom random, String pattern) {
            String text = pattern;
            text = text.replace("%P", random.nextInt(6) == 0 ? pick(random, PEOPLE) : people[random.nextInt(2)]);
            text = text.replace("%Q", people[2]);
            text = text.replace("%L", places[0]);
            text = text.replace("%K", random.nextInt(5) == 0 ? pick(random, PLACES) : places[1 + random.nextInt(3)]);
            text = text.replace("%O", orgs[random.nextInt(orgs.length)]);
            text = text.replace("%T", topic);
            text = text.replace("%W", nouns[random.nextInt(3)]);
            text = text.replace("%X", nouns[3 + random.nextInt(3)]);
            text = text.replace("%A", adjectives[random.nextInt(adjectives.length)]);
            text = text.replace("%M", pick(random, months));
            text = text.replace("%D", pick(random, months) + " " + (1 + random.nextInt(28)));
            while (text.contains("%N")) {
                text = text.replaceFirst("%N", Integer.toString(2 + random.nextInt(400)));
            }
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
    }

    /** A story before layout: title, paragraphs of sentences, a reference line, its outlet and trailer. */
    private record Story(Cast cast, String title, List<List<String>> paragraphs, String reference, String source,
                         String trailer) {

        static Story write(SplittableRandom random, int position) {
            Cast cast = Cast.of(random);
            int[] patterns = distinctIndexes(random, SENTENCES.length, PATTERNS_PER_STORY);
            int target = BODY_CHARS_MIN + random.nextInt(BODY_CHARS_SPREAD);
            List<List<String>> paragraphs = new ArrayList<>();
            List<String> lead = new ArrayList<>(List.of(cast.fill(random, pick(random, LEADS))));
            paragraphs.add(lead);
            int length = lead.getFirst().length();
            int next = 0;
            while (length < target) {
                List<String> paragraph = paragraphs.getLast();
                if (paragraph.size() >= 2 + random.nextInt(4)) { // paragraphs of 2 to 5 sentences
                    paragraph = new ArrayList<>();
                    paragraphs.add(paragraph);
                }
                String sentence = cast.fill(random, SENTENCES[patterns[next++ % patterns.length]]);
                paragraph.add(sentence);
                length += sentence.length() + 1;
            }
            String source = random.nextInt(3) == 0 ? SOURCES[0] : SOURCES[1 + random.nextInt(SOURCES.length - 1)];
            // a reference number unique to the story, as wire copy carries
            String reference = "Reference " + position + "-" + random.nextInt(1_000_000) + ".";
            return new Story(cast, cast.fill(random, pick(random, TITLES)), paragraphs, reference, source,
                    trailerFor(random, source));
        }

        /** Another outlet's version: a new title, the last paragraph cut, the lead sentence rewritten. */
        Story nearCopy(SplittableRandom random) {
            List<List<String>> kept = new ArrayList<>();
            for (List<String> paragraph : paragraphs.subList(0, paragraphs.size() - 1)) {
                kept.add(new ArrayList<>(paragraph));
            }
            String lead = paragraphs.getFirst().getFirst();
            String rewritten = lead;
            while (rewritten.equals(lead)) {
                rewritten = cast.fill(random, pick(random, LEADS));
            }
            kept.getFirst().set(0, rewritten);
            String retitled = title;
            while (retitled.equals(title)) {
                retitled = cast.fill(random, pick(random, TITLES));
            }
            return new Story(cast, retitled, kept, reference, source, trailer);
        }

        Article render(String id, String outlet, Instant published, Style style, String withTrailer, Kind kind,
                       String copyOf) {
            StringBuilder body = new StringBuilder();
            for (List<String> paragraph : paragraphs) {
                if (!body.isEmpty()) {
                    body.append(style.paragraphBreak);
                }
                body.append(String.join(style.sentenceBreak, paragraph));
            }
            body.append(style.paragraphBreak).append(reference);
            if (withTrailer != null) {
                body.append('\n').append(withTrailer);
            }
            String slug = outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
            return new Article(id, outlet, "https://" + slug + ".example/articles/" + id, title, body.toString(), "en",
                    published, kind, copyOf);
        }
    }

    /** RCO NEWS closes with its own trailer; some other outlets name their reporters. */
    private static String trailerFor(SplittableRandom random, String source) {
        if (source.equals(SOURCES[0])) {
            return "end of message\nRCO NEWS";
        }
        return random.nextInt(3) == 0 ? "(Reporting by " + pick(random, REPORTERS) + "; Editing by "
                + pick(random, REPORTERS) + ")" : null;
    }

    /** A copy's trailer: its own outlet's, and never the original's. */
    private static String otherTrailer(SplittableRandom random, String original, String source) {
        for (int attempt = 0; attempt < 10; attempt++) {
            String trailer = trailerFor(random, source);
            if (trailer == null ? original != null : !trailer.equals(original)) {
                return trailer;
            }
        }
        return original == null ? "(Reporting by " + REPORTERS[0] + ")" : null;
    }

    private static String otherSource(SplittableRandom random, String original) {
        String source = original;
        while (source.equals(original)) {
            source = pick(random, SOURCES);
        }
        return source;
    }

    private static String[] distinct(SplittableRandom random, String[] values, int n) {
        int[] indexes = distinctIndexes(random, values.length, n);
        String[] picked = new String[n];
        for (int i = 0; i < n; i++) {
            picked[i] = values[indexes[i]];
        }
        return picked;
    }

    /** {@code n} distinct indexes below {@code bound}, in random order (a partial Fisher-Yates shuffle). */
    private static int[] distinctIndexes(SplittableRandom random, int bound, int n) {
        int[] all = new int[bound];
        for (int i = 0; i < bound; i++) {
            all[i] = i;
        }
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(bound - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        return java.util.Arrays.copyOf(all, n);
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
