package cn.shegong.feedback.grouping.model;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A complaint's wording reduced to what tells one problem from another: the text is
 * normalised (full-width to half-width, Latin lower-cased, punctuation and whitespace
 * gone, staff boilerplate and function words dropped) and cut into overlapping character
 * bigrams and trigrams. Chinese has no spaces between words, so whitespace tokens would
 * see a whole sentence as one word; character n-grams match "周末不开门" with "周末不开" without a
 * dictionary. With a synonym table, variants become their canonical word first (厕所 and
 * 洗手间 both read 卫生间), and the canonical words found are kept as the key terms.
 *
 * @param keyTerms the canonical words of the synonym table the text contains
 */
public record ComplaintText(String normalised, Set<String> bigrams, Set<String> trigrams, Set<String> keyTerms) {

	/**
	 * Phrases staff write in front of what a resident said (hotline transcripts,
	 * committee hand-overs); they say who passed the complaint on, not what it is about,
	 * and would make every hotline ticket look alike. Longest first, so that a phrase is
	 * removed before a phrase it contains.
	 */
	static final List<String> BOILERPLATE = List.of("市民来电称", "来电人反映", "来电人投诉", "来电人咨询", "来电人建议", "来电人称", "居委会转达",
			"村委会转达", "居委会反映", "村委会反映", "座谈会上", "来电人", "反映", "转达");

	/**
	 * Words with no problem in them: pronouns, particles, intensifiers and politeness.
	 * Negations (不, 没) and place words (在) stay: "周末不开门" and "周末开门" differ only by them.
	 */
	static final List<String> STOP_WORDS = List.of("我们", "你们", "他们", "她们", "一下", "非常", "还是", "就是", "这个", "那个", "什么",
			"一个", "的", "了", "是", "我", "你", "他", "她", "吗", "啊", "呀", "吧", "呢", "也", "都", "就", "很", "请", "和", "又", "嘛",
			"哦");

	public ComplaintText {
		bigrams = Collections.unmodifiableSet(bigrams);
		trigrams = Collections.unmodifiableSet(trigrams);
		keyTerms = Collections.unmodifiableSet(new LinkedHashSet<>(keyTerms));
	}

	/** The shingles of a resident's text as written. */
	public static ComplaintText of(String text) {
		return of(text, Synonyms.NONE);
	}

	/**
	 * The shingles of a resident's text once its variants read as their canonical words.
	 */
	public static ComplaintText of(String text, Synonyms synonyms) {
		String canonical = synonyms.canonical(withoutBoilerplate(lettersAndDigitsOnly(text)));
		String normalised = withoutStopWords(canonical);
		return new ComplaintText(normalised, shingles(normalised, 2), shingles(normalised, 3),
				new LinkedHashSet<>(synonyms.keyTermsOf(canonical)));
	}

	/** Bigrams and trigrams together: what a MinHash signature is computed over. */
	public Set<String> allShingles() {
		Set<String> all = new LinkedHashSet<>(this.bigrams);
		all.addAll(this.trigrams);
		return all;
	}

	static String normalise(String text) {
		return withoutStopWords(withoutBoilerplate(lettersAndDigitsOnly(text)));
	}

	private static String withoutBoilerplate(String text) {
		String kept = text;
		for (String phrase : BOILERPLATE) {
			kept = kept.replace(phrase, "");
		}
		return kept;
	}

	private static String withoutStopWords(String text) {
		String kept = text;
		for (String word : STOP_WORDS) {
			kept = kept.replace(word, "");
		}
		return kept;
	}

	private static String lettersAndDigitsOnly(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints()
			.map(ComplaintText::halfWidth)
			.filter(Character::isLetterOrDigit)
			.map(Character::toLowerCase)
			.forEach(kept::appendCodePoint);
		return kept.toString();
	}

	/** Full-width ASCII forms (ＡＢＣ１２３) to their ASCII twins. */
	private static int halfWidth(int codePoint) {
		if (codePoint >= 0xFF01 && codePoint <= 0xFF5E) {
			return codePoint - 0xFEE0;
		}
		return (codePoint == 0x3000) ? ' ' : codePoint;
	}

	/** Every run of {@code n} characters; a text shorter than that is its own shingle. */
	private static Set<String> shingles(String text, int n) {
		Set<String> shingles = new LinkedHashSet<>();
		int[] codePoints = text.codePoints().toArray();
		if (codePoints.length > 0 && codePoints.length < n) {
			shingles.add(text);
		}
		for (int start = 0; start + n <= codePoints.length; start++) {
			shingles.add(new String(codePoints, start, n));
		}
		return shingles;
	}

}
