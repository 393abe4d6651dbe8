package cn.shegong.feedback.grouping.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The hand-written labelled complaints in {@code grouping/complaints-labelled.tsv}, and
 * the hard-negative label pairs declared at its top. The set splits in two halves by the
 * number in each label (G07, S12): odd numbers are the tuning half, where thresholds and
 * weights are chosen, even numbers the held-out half, which only measures. All wordings
 * of a label fall in the same half; a hard-negative pair stays in a half only when both
 * of its labels fall there (the others are measured on the whole set).
 */
record LabelledComplaints(List<Labelled> items, List<List<String>> hardNegatives) {

	private static final Instant FIRST_RECEIVED = Instant.parse("2026-05-04T01:00:00Z");

	static LabelledComplaints load() {
		List<Labelled> items = new ArrayList<>();
		List<List<String>> hardNegatives = new ArrayList<>();
		try (InputStream in = LabelledComplaints.class.getResourceAsStream("/grouping/complaints-labelled.tsv");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines().forEach((line) -> {
				String[] columns = line.split("\t");
				if (line.startsWith("#hard-negative")) {
					hardNegatives.add(List.of(columns[1], columns[2]));
				}
				else if (!line.startsWith("#") && !line.startsWith("id\t")) {
					items.add(new Labelled(columns[0], columns[1], columns[2], columns[3], columns[4]));
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new LabelledComplaints(List.copyOf(items), List.copyOf(hardNegatives));
	}

	/** The labels with an odd number: where parameters are tuned. */
	LabelledComplaints tuningHalf() {
		return half(1);
	}

	/** The labels with an even number: never looked at while tuning. */
	LabelledComplaints heldOutHalf() {
		return half(0);
	}

	private LabelledComplaints half(int parity) {
		List<Labelled> kept = this.items.stream()
			.filter((item) -> labelNumber(item.groupLabel()) % 2 == parity)
			.toList();
		List<List<String>> pairs = this.hardNegatives.stream()
			.filter((pair) -> labelNumber(pair.get(0)) % 2 == parity && labelNumber(pair.get(1)) % 2 == parity)
			.toList();
		return new LabelledComplaints(kept, pairs);
	}

	private static int labelNumber(String label) {
		return Integer.parseInt(label.substring(1));
	}

	/**
	 * The items in one fixed shuffled order (the file lists them by label, which no
	 * hotline would), received a minute apart.
	 */
	List<Complaint> inArrivalOrder() {
		List<Labelled> shuffled = new ArrayList<>(this.items);
		Collections.shuffle(shuffled, new Random(5));
		List<Complaint> complaints = new ArrayList<>();
		for (int i = 0; i < shuffled.size(); i++) {
			Labelled item = shuffled.get(i);
			complaints.add(new Complaint(item.id(), item.projectId(), item.channel(), item.text(),
					FIRST_RECEIVED.plus(Duration.ofMinutes(i))));
		}
		return complaints;
	}

	record Labelled(String id, String projectId, String groupLabel, String channel, String text) {

	}

}
