package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.Circle;
import dev.kith.contacts.ContactDraft;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.network.TieKind;
import dev.kith.network.TieSource;
import dev.kith.store.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The network picture in real Chromium: me at the centre, the same picture on every load, names for
 * the closest and on hover or keyboard focus, a path that stands out, and the same people as a list.
 */
class NetworkViewBrowserTest {
    private final TestDatabase db = TestDatabase.sqlite();
    private WebFixture web;
    private Browser browser;
    private long ada;

    @BeforeEach
    void start() {
        web = new WebFixture(db);
        long me = web.book.contacts().add(ContactDraft.builder("Sam Rivera").build()).id();
        web.book.setMe(me);
        ada = web.book.contacts().add(ContactDraft.builder("Ada Lovelace").organization("Analytical Engines")
                .circle(Circle.INNER).build()).id();
        long charles = web.book.contacts().add(ContactDraft.builder("Charles Babbage").organization("Analytical Engines")
                .circle(Circle.CLOSE).build()).id();
        long mary = web.book.contacts().add(ContactDraft.builder("Mary Somerville").circle(Circle.CLOSE).build()).id();
        for (int i = 0; i < 20; i++) {
            long p = web.book.contacts().add(ContactDraft.builder("Person " + (char) ('A' + i))
                    .organization(i % 3 == 0 ? "Lighthouse Co" : "Harbour Ltd").circle(Circle.ACQUAINTANCE).build()).id();
            web.book.ties().add(p, i % 2 == 0 ? charles : mary, TieKind.KNOWS, null, TieSource.MANUAL);
        }
        web.book.ties().add(ada, charles, TieKind.COLLEAGUE, null, TieSource.MANUAL);
        web.book.ties().add(ada, mary, TieKind.MENTOR, null, TieSource.MANUAL);
        web.book.ties().add(me, mary, TieKind.KNOWS, null, TieSource.MANUAL);
        for (int i = 0; i < 6; i++) {
            web.book.interactions().log(Interaction.draft(WebFixture.TODAY.minusDays(3 + 25L * i), InteractionKind.COFFEE,
                    Initiator.ME, 30, null, Exchange.NEUTRAL, false, List.of(ada)));
        }
        web.book.network().targets().addPerson("Grace Hopper", "Analytical Engines", "she wrote the first compiler");
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        web.close();
        db.close();
    }

    @Test
    void meAtTheCentreTheSamePictureOnEveryLoadAndNamesForTheClosest() {
        browser = new Browser(1280, 900).signIn(web);
        WebElement graph = open("/network");
        @SuppressWarnings("unchecked")
        Map<String, Number> centre = (Map<String, Number>) browser.driver.executeScript("""
                var me = arguments[0].kithGraph.getElementById('me').renderedPosition();
                return {x: me.x, y: me.y, w: arguments[0].clientWidth, h: arguments[0].clientHeight};""", graph);
        assertThat(centre.get("x").doubleValue()).isCloseTo(centre.get("w").doubleValue() / 2, org.assertj.core.data.Offset.offset(2.0));
        assertThat(centre.get("y").doubleValue()).isCloseTo(centre.get("h").doubleValue() / 2, org.assertj.core.data.Offset.offset(2.0));
        assertThat(label(graph, "me")).isEqualTo("Sam Rivera");
        // my own tie (to Mary) is drawn from the centre
        assertThat(browser.driver.executeScript(
                "return arguments[0].kithGraph.getElementById('me').connectedEdges().map(function (e) { return e.target().data('label'); });",
                graph)).isEqualTo(List.of("Mary Somerville"));

        String first = positions(graph);
        assertThat(first).contains("n" + ada + "@");
        browser.driver.navigate().refresh();
        graph = open(null);
        assertThat(positions(graph)).as("the same picture on every load").isEqualTo(first);

        // the closest are named; the others only on hover
        assertThat(label(graph, "n" + ada)).isEqualTo("Ada Lovelace");
        String far = (String) browser.driver.executeScript(
                "return arguments[0].kithGraph.nodes().not('.named').not('.me')[0].id();", graph);
        assertThat(label(graph, far)).isEmpty();
        browser.driver.executeScript("arguments[0].kithGraph.getElementById(arguments[1]).emit('mouseover');", graph, far);
        assertThat(label(graph, far)).startsWith("Person ");
        browser.driver.executeScript("arguments[0].kithGraph.getElementById(arguments[1]).emit('mouseout');", graph, far);
        assertThat(label(graph, far)).isEmpty();

        // the keyboard walks from me outwards, closest first, and Enter opens the person
        graph.sendKeys(Keys.ARROW_RIGHT);
        assertThat(browser.driver.findElement(By.id("graph-focus")).getText()).isEqualTo("You, at the centre.");
        graph.sendKeys(Keys.ARROW_RIGHT);
        assertThat(browser.driver.findElement(By.id("graph-focus")).getText())
                .isEqualTo("Ada Lovelace, Analytical Engines, inner circle.");
        assertThat(browser.driver.findElement(By.id("legend")).getText()).contains("me", "Analytical Engines",
                "Nearer the centre: closer to you.");

        List<String> listed = browser.driver.findElements(By.cssSelector("#network-people li a")).stream()
                .map(a -> a.getAttribute("textContent")).toList();
        assertThat(listed).hasSize(23).startsWith("Ada Lovelace");
        graph.sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlMatches("/contacts/" + ada + "$"));
    }

    @Test
    void aPathSearchedOnThePageIsDrawnThickAndDarkOverADimmedPicture() {
        browser = new Browser(1280, 900).signIn(web);
        open("/network");
        browser.driver.findElement(By.id("path")).sendKeys("Grace Hopper");
        browser.driver.findElement(By.cssSelector("form.path-search button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.urlContains("path=Grace"));
        WebElement graph = open(null);
        assertThat(graph.getAttribute("data-path-edges")).isEqualTo("2");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> edges = (List<Map<String, Object>>) browser.driver.executeScript("""
                return arguments[0].kithGraph.edges('.on-path').map(function (e) {
                  return {from: e.source().id(), to: e.target().id(), width: e.numericStyle('width') * e.cy().zoom(),
                          opacity: e.numericStyle('opacity'), colour: e.style('line-color'), visible: e.visible(),
                          dim: e.hasClass('dim')};
                });""", graph);
        assertThat(edges).extracting(e -> e.get("from") + ">" + e.get("to"))
                .containsExactly("me>n" + ada, "n" + ada + ">target");
        assertThat(edges).allSatisfy(e -> {
            assertThat(((Number) e.get("width")).doubleValue()).as("on screen").isGreaterThanOrEqualTo(6.9);
            assertThat(((Number) e.get("opacity")).doubleValue()).isEqualTo(1.0);
            assertThat(e.get("colour")).isEqualTo("rgb(154,52,18)");
            assertThat(e.get("visible")).isEqualTo(true);
            assertThat(e.get("dim")).isEqualTo(false);
        });
        @SuppressWarnings("unchecked")
        Map<String, Number> others = (Map<String, Number>) browser.driver.executeScript("""
                var cy = arguments[0].kithGraph;
                var rest = cy.elements().not('.on-path').not('.me');
                return {count: rest.length, dimmed: rest.filter('.dim').length,
                        opacity: rest.edges()[0].numericStyle('opacity'), width: rest.edges()[0].numericStyle('width') * cy.zoom(),
                        ring: cy.nodes('.on-path').min(function (n) { return n.numericStyle('border-width'); }).value * cy.zoom()};""",
                graph);
        assertThat(others.get("dimmed").intValue()).isEqualTo(others.get("count").intValue()).isPositive();
        assertThat(others.get("opacity").doubleValue()).isLessThanOrEqualTo(0.2);
        assertThat(others.get("width").doubleValue()).isLessThanOrEqualTo(1.05);
        assertThat(others.get("ring").doubleValue()).as("path people are ringed").isGreaterThanOrEqualTo(3.95);
        assertThat(label(graph, "target")).isEqualTo("Grace Hopper");
        assertThat(browser.driver.findElement(By.id("legend")).getText()).contains("the path");
        assertThat(browser.driver.findElement(By.cssSelector("#network-people li.on-path")).getAttribute("textContent"))
                .contains("Ada Lovelace", "on the path");
    }

    @Test
    void onAPhoneThePictureFitsAndTheListStandsOpen() {
        browser = new Browser(390, 844).signIn(web);
        open("/network?path=Grace+Hopper");
        long scroll = ((Number) browser.driver.executeScript("return document.documentElement.scrollWidth")).longValue();
        long width = ((Number) browser.driver.executeScript("return window.innerWidth")).longValue();
        assertThat(scroll).isLessThanOrEqualTo(width);
        assertThat(browser.driver.findElement(By.id("network-list")).getAttribute("open")).isNotNull();
        WebElement item = browser.driver.findElement(By.cssSelector("#network-people li.on-path"));
        assertThat(item.isDisplayed()).isTrue();
        assertThat(item.getText()).contains("Ada Lovelace", "on the path");
    }

    private WebElement open(String path) {
        if (path != null) {
            browser.driver.get(web.base() + path);
        }
        return browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph[data-ready=true]")));
    }

    private String label(WebElement graph, String id) {
        return (String) browser.driver.executeScript(
                "return arguments[0].kithGraph.getElementById(arguments[1]).style('label');", graph, id);
    }

    /** Every node's model and on-screen position, in one string. */
    private String positions(WebElement graph) {
        return (String) browser.driver.executeScript("""
                return arguments[0].kithGraph.nodes().map(function (n) {
                  var p = n.position(), r = n.renderedPosition();
                  return n.id() + '@' + p.x + ',' + p.y + '/' + r.x.toFixed(2) + ',' + r.y.toFixed(2);
                }).sort().join(' ');""", graph);
    }
}
