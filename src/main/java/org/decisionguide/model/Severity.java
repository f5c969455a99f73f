package org.decisionguide.model;

/** How much a problem matters: an error fails the build, a warning is printed and the build goes on. */
public enum Severity { ERROR, WARNING }
