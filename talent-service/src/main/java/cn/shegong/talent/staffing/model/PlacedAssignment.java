package cn.shegong.talent.staffing.model;

/** An assignment as placed on one contract, named so that it can be ended later. */
public record PlacedAssignment(String id, Assignment assignment) {

	public PlacedAssignment {
		if (id == null || id.isBlank() || assignment == null) {
			throw new IllegalArgumentException("a placed assignment needs an id and an assignment");
		}
	}

}
