package cn.shegong.talent.tier.model;

/**
 * One condition that keeps a worker from the next tier or rank.
 *
 * @param rule slug naming the condition, e.g. {@code certificate-level-too-low}
 * @param detail English explanation with what the worker has and what is needed
 */
public record Holdback(String rule, String detail) {

}
