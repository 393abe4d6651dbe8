package cn.shegong.feedback.grouping.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a clustering agrees with the labels: pairwise precision and recall (pairs put
 * together vs pairs labelled together) and B-cubed precision and recall (per item, the
 * share of its cluster that carries its label and the share of its label in its cluster).
 */
record GroupingScores(double pairPrecision, double pairRecall, double bcubedPrecision, double bcubedRecall) {

	static GroupingScores of(List<String> ids, Map<String, String> labelOf, Map<String, String> clusterOf) {
		long together = 0;
		long labelledTogether = 0;
		long both = 0;
		double bPrecision = 0;
		double bRecall = 0;
		for (String a : ids) {
			long sameCluster = 0;
			long sameLabel = 0;
			long sameBoth = 0;
			for (String b : ids) {
				boolean cluster = Objects.equals(clusterOf.get(a), clusterOf.get(b));
				boolean label = Objects.equals(labelOf.get(a), labelOf.get(b));
				sameCluster += cluster ? 1 : 0;
				sameLabel += label ? 1 : 0;
				sameBoth += (cluster && label) ? 1 : 0;
			}
			bPrecision += (double) sameBoth / sameCluster;
			bRecall += (double) sameBoth / sameLabel;
			together += sameCluster - 1;
			labelledTogether += sameLabel - 1;
			both += sameBoth - 1;
		}
		return new GroupingScores(ratio(both, together), ratio(both, labelledTogether), bPrecision / ids.size(),
				bRecall / ids.size());
	}

	double pairF1() {
		return 2 * this.pairPrecision * this.pairRecall / (this.pairPrecision + this.pairRecall);
	}

	private static double ratio(long part, long whole) {
		return (whole == 0) ? 1 : (double) part / whole;
	}

	@Override
	public String toString() {
		return "pairwise P=%.3f R=%.3f F1=%.3f, B-cubed P=%.3f R=%.3f".formatted(this.pairPrecision, this.pairRecall,
				pairF1(), this.bcubedPrecision, this.bcubedRecall);
	}

}
