package cn.shegong.evaluation.evaluation.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sheets submitted so far: the current one per evaluator, and every sheet an
 * evaluator replaced by a correction, kept so that a change of score stays visible.
 */
public record ScoreSheets(Map<String, ScoreSheet> current, List<ScoreSheet> superseded) {

	public ScoreSheets {
		current = Map.copyOf(current);
		superseded = List.copyOf(superseded);
	}

	public static ScoreSheets none() {
		return new ScoreSheets(Map.of(), List.of());
	}

	public boolean hasSheetOf(String evaluatorId) {
		return this.current.containsKey(evaluatorId);
	}

	/** Adds the sheet; an earlier sheet of the same evaluator moves to the history. */
	ScoreSheets with(ScoreSheet sheet) {
		Map<String, ScoreSheet> next = new LinkedHashMap<>(this.current);
		List<ScoreSheet> history = new ArrayList<>(this.superseded);
		ScoreSheet earlier = next.put(sheet.evaluatorId(), sheet);
		if (earlier != null) {
			history.add(earlier);
		}
		return new ScoreSheets(next, history);
	}

	/** The assigned evaluators who have not submitted yet, in panel order. */
	public List<String> missingFrom(EvaluatorPanel panel) {
		return panel.evaluatorIds().stream().filter((id) -> !hasSheetOf(id)).toList();
	}

}
