package cn.shegong.talent.importing.model;

/**
 * A row an import rule refuses, with the rule's slug and a message that never repeats the
 * resident ID number.
 */
public record RefusedRow(int rowNumber, String residentIdMasked, String rule, String message) implements CheckedRow {

}
