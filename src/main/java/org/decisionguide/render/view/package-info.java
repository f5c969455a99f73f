/**
 * What templates receive: ready-made records with URLs built, dates formatted and typography applied.
 * Templates only present these values; they compute nothing.
 */
package org.decisionguide.render.view;
