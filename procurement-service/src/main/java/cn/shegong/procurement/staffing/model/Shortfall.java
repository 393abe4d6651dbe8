package cn.shegong.procurement.staffing.model;

/**
 * One way a staffing plan falls short of a requirement.
 *
 * @param rule slug naming the rule, e.g. {@code too-few-certified}
 * @param detail English explanation with the figures and the limit
 */
public record Shortfall(String rule, String detail) {

}
