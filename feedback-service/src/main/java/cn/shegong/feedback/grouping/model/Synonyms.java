package cn.shegong.feedback.grouping.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words residents use for the same thing (厕所/卫生间/洗手间, 电瓶车/电动车, 礼拜六/星期六) mapped to one
 * canonical word, so that two wordings of one problem share characters. Read from
 * {@code grouping/synonyms.tsv}. Replacement scans the text once from the left and takes
 * the longest variant starting at each position, so a replaced word is never replaced
 * again and the result does not depend on the order of the table.
 */
public final class Synonyms {

	/** The table shipped with the service. */
	public static final Synonyms COMMUNITY_SERVICE = load("/grouping/synonyms.tsv");

	/** No variants: texts are compared as written. */
	public static final Synonyms NONE = new Synonyms(Map.of());

	private final Map<String, String> canonicalOf;

	private final Set<String> canonicals;

	private final int longestVariant;

	Synonyms(Map<String, String> canonicalOf) {
		this.canonicalOf = Map.copyOf(canonicalOf);
		this.canonicals = Collections.unmodifiableSet(new LinkedHashSet<>(canonicalOf.values()));
		this.longestVariant = canonicalOf.keySet().stream().mapToInt(String::length).max().orElse(0);
	}

	static Synonyms load(String resource) {
		Map<String, String> canonicalOf = new LinkedHashMap<>();
		try (InputStream in = Synonyms.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("no synonym table at " + resource);
			}
			new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.forEach((line) -> addEntry(canonicalOf, line));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Synonyms(canonicalOf);
	}

	private static void addEntry(Map<String, String> canonicalOf, String line) {
		String[] columns = line.split("\t");
		if (columns.length != 2) {
			throw new IllegalStateException("a synonym entry is a canonical word and its variants: " + line);
		}
		String canonical = columns[0].strip();
		canonicalOf.put(canonical, canonical);
		for (String variant : columns[1].split("\\|")) {
			String previous = canonicalOf.put(variant.strip(), canonical);
			if (previous != null && !previous.equals(canonical)) {
				throw new IllegalStateException(
						"%s cannot mean both %s and %s".formatted(variant, previous, canonical));
			}
		}
	}

	/** How many words the table knows, canonical words included. */
	public int size() {
		return this.canonicalOf.size();
	}

	/** The text with every known variant replaced by its canonical word. */
	public String canonical(String text) {
		StringBuilder result = new StringBuilder(text.length());
		int at = 0;
		while (at < text.length()) {
			String variant = longestVariantAt(text, at);
			if (variant == null) {
				result.append(text.charAt(at));
				at++;
			}
			else {
				result.append(this.canonicalOf.get(variant));
				at += variant.length();
			}
		}
		return result.toString();
	}

	/**
	 * The canonical words a canonical text contains, in the order they first occur: the
	 * problem's key terms.
	 */
	public List<String> keyTermsOf(String canonicalText) {
		Set<String> found = new LinkedHashSet<>();
		int at = 0;
		while (at < canonicalText.length()) {
			String word = longestVariantAt(canonicalText, at);
			if (word != null && this.canonicals.contains(word)) {
				found.add(word);
				at += word.length();
			}
			else {
				at++;
			}
		}
		return List.copyOf(found);
	}

	private String longestVariantAt(String text, int at) {
		for (int length = Math.min(this.longestVariant, text.length() - at); length > 0; length--) {
			String candidate = text.substring(at, at + length);
			if (this.canonicalOf.containsKey(candidate)) {
				return candidate;
			}
		}
		return null;
	}

}
