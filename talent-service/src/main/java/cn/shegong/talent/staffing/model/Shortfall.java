package cn.shegong.talent.staffing.model;

/**
 * One way a project's team on a day falls short of its requirement.
 *
 * @param rule slug naming the rule, e.g. {@code too-few-certified}
 * @param detail English explanation with the figure and the limit, e.g. "3 certified, 4
 * required"
 */
public record Shortfall(String rule, String detail) {

}
