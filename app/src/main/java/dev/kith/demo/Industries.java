package dev.kith.demo;

import java.util.ArrayList;
import java.util.List;

/** The industries of the demo network with their organizations, job titles and favourite topics. Immutable. */
final class Industries {
    /** An industry: named organizations, a pattern for more ("%s" is a city), titles and topics. */
    record Industry(String name, List<String> organizations, String pattern, List<String> titles,
                    List<String> topics, String tag) {
    }

    static final String ACADEMIC_LIBRARIES = "Academic libraries";
    static final String SOFTWARE_VENDORS = "Software vendors";

    static final List<Industry> ALL = List.of(
            new Industry(ACADEMIC_LIBRARIES, List.of("Riverbend University Library", "Lakeshore College Library",
                    "Northgate State University Libraries", "Cedar Valley Community College Library"),
                    "%s University Library", List.of("Systems Librarian", "Head of Research Services",
                    "Instruction Librarian", "Digital Scholarship Librarian", "Associate Dean of Libraries",
                    "Metadata Librarian", "Library IT Specialist"),
                    List.of("information literacy", "library instruction", "open access", "digital preservation",
                            "research data management", "ai in libraries"), "ala"),
            new Industry("Public libraries", List.of("Harbor City Public Library", "Maple County Library District",
                    "Eastfield Public Library", "Pinecrest Regional Library"), "%s Public Library",
                    List.of("Library Director", "Branch Manager", "Technology Services Manager", "Teen Services Librarian",
                            "Adult Services Librarian", "Digital Services Coordinator"),
                    List.of("information literacy", "accessibility", "user experience", "employee engagement",
                            "budgeting"), "ala"),
            new Industry("Higher education", List.of("Riverbend University", "Westbrook College",
                    "Summit Technical Institute", "Northgate State University"), "%s College",
                    List.of("Chief Information Officer", "Director of Academic Technology", "Dean of Students",
                            "Instructional Designer", "Associate Provost", "Identity and Access Manager"),
                    List.of("email migration", "cloud migration", "cybersecurity", "data governance",
                            "change management"), "educause"),
            new Industry(SOFTWARE_VENDORS, List.of("Northwind Library Systems", "Bluefin Software", "Arcadia Discovery",
                    "Tessellate Cloud"), "%s Software", List.of("Account Executive", "Customer Success Manager",
                    "Solutions Engineer", "Product Manager", "VP of Engineering", "Implementation Consultant"),
                    List.of("cloud migration", "vendor management", "user experience", "ai in libraries",
                            "email migration"), "vendor"),
            new Industry("IT consulting", List.of("Brightline Consulting", "Keystone IT Partners", "Meridian Digital",
                    "Copperleaf Advisors"), "%s IT Partners", List.of("Principal Consultant", "Managing Partner",
                    "Cloud Architect", "Security Consultant", "Engagement Manager"),
                    List.of("email migration", "cybersecurity", "project management", "cloud migration",
                            "change management"), "vendor"),
            new Industry("Healthcare", List.of("St. Brigid Health", "Lakeview Medical Center", "Evergreen Health Network",
                    "Harbor Children's Hospital"), "%s Medical Center", List.of("Medical Librarian",
                    "Clinical Informatics Director", "CISO", "Health Sciences Librarian", "IT Project Manager"),
                    List.of("data governance", "cybersecurity", "information literacy", "project management"), null),
            new Industry("Government", List.of("State Library Agency", "Maple County IT Services",
                    "State Department of Education", "City of Eastfield"), "City of %s",
                    List.of("State Librarian", "IT Director", "Records Manager", "Program Officer", "Policy Analyst"),
                    List.of("digital preservation", "data governance", "accessibility", "budgeting"), null),
            new Industry("Publishing", List.of("Larkspur Academic Press", "Quillon Journals", "Open Shelf Publishing",
                    "Beacon University Press"), "%s Press", List.of("Acquisitions Editor", "Director of Open Access",
                    "Platform Manager", "Editor-in-Chief", "Library Relations Manager"),
                    List.of("open access", "digital preservation", "research data management"), null),
            new Industry("Nonprofits", List.of("Literacy for All", "Digital Bridges Foundation",
                    "Friends of the Library Network", "Code the Future"), "%s Community Foundation",
                    List.of("Executive Director", "Volunteer Coordinator", "Development Director", "Program Manager"),
                    List.of("information literacy", "mentoring", "employee engagement", "coaching"), "board"),
            new Industry("Finance", List.of("First Harbor Credit Union", "Granite Trust Bank", "Alder Capital",
                    "Northstar Insurance"), "%s Credit Union", List.of("VP of IT", "Risk Manager",
                    "Data Governance Lead", "Business Analyst", "Chief Technology Officer"),
                    List.of("data governance", "cybersecurity", "project management", "leadership development"), null),
            new Industry("Manufacturing", List.of("Ironwood Manufacturing", "Precision Parts Co.", "Cascade Packaging",
                    "Helix Components"), "%s Manufacturing", List.of("Operations Director", "IT Manager",
                    "HR Business Partner", "Plant Manager", "Continuous Improvement Lead"),
                    List.of("employee engagement", "project management", "coaching", "leadership development"), "pmi"));

    private Industries() {
    }

    /**
     * {@code count} organizations spread over all industries: first the named ones (round robin, so
     * every industry appears early), then "city" variants of each industry's pattern.
     */
    static List<Org> organizations(int count) {
        List<Org> orgs = new ArrayList<>();
        int named = ALL.stream().mapToInt(i -> i.organizations().size()).max().orElse(0);
        for (int n = 0; n < named && orgs.size() < count; n++) {
            for (Industry industry : ALL) {
                if (n < industry.organizations().size() && orgs.size() < count) {
                    String city = Catalog.CITIES.get((orgs.size() * 7) % Catalog.CITIES.size());
                    orgs.add(org(industry.organizations().get(n), industry, city));
                }
            }
        }
        for (int c = 0; orgs.size() < count && c < Catalog.CITIES.size(); c++) {
            String city = Catalog.CITIES.get(c);
            for (Industry industry : ALL) {
                if (orgs.size() < count) {
                    String cityName = city.substring(0, city.indexOf(','));
                    orgs.add(org(industry.pattern().formatted(cityName), industry, city));
                }
            }
        }
        return orgs;
    }

    static Industry of(String name) {
        return ALL.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    private static Org org(String name, Industry industry, String city) {
        return new Org(name, industry.name(), Catalog.slug(name, "-") + ".example", city);
    }
}
