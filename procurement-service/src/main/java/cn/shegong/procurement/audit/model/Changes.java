package cn.shegong.procurement.audit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import cn.shegong.procurement.audit.model.AuditEntry.FieldChange;

/** What differs between two views of a record, field by field, in a stable order. */
public final class Changes {

	private Changes() {
	}

	public static List<FieldChange> between(Map<String, ?> before, Map<String, ?> after) {
		TreeSet<String> fields = new TreeSet<>(before.keySet());
		fields.addAll(after.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			String was = text(before.get(field));
			String is = text(after.get(field));
			if (!Objects.equals(was, is)) {
				changes.add(new FieldChange(field, was, is));
			}
		}
		return changes;
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
