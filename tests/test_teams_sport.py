"""Clubs in sports reports of any sport (issue 11): results with scorers, scorecards, squad
lists, clubs named by town and nickname, and clubs in the prose of a match report. Every
name here is invented for these tests; each rule has a text it must read and one it must
leave alone, and non-sport articles where it must not fire."""

from __future__ import annotations

from tests.conftest import ents


def orgs(run, text: str) -> list[str]:
    return ents(run(text), "ORG")


# -- telling a sports report ------------------------------------------------------------------


def test_a_scorecard_with_few_sport_words_is_a_sports_report(run) -> None:
    text = (
        "CRICKET - SHIRE SCORES .\n"
        "Close of play scores on Thursday :\n"
        "At Kelso : Westmarch 326 ( T. Reid 95 not out , A. Berg 69 ) .\n"
        "Eastmarch 236-4 ( K. Lind 85 ) .\n"
    )
    assert orgs(run, text) == ["Westmarch", "Eastmarch"]


def test_figures_in_a_business_report_make_no_sports_report(run) -> None:
    text = (
        "Kelvar Mining said on Monday its profit rose in the first round of sales .\n"
        "At Kelso : Westmarch 326 ( T. Reid 95 ) .\n"
    )
    assert "Westmarch" not in orgs(run, text)


# -- results lines ----------------------------------------------------------------------------


def test_a_score_line_with_scorers_in_brackets(run) -> None:
    text = (
        "SOCCER - LEAGUE RESULTS .\n"
        "Results of league matches played on Saturday :\n"
        "Kelso 2 ( Reid 12th , Lind 80th ) Le Mans 1 ( Varga 44th ) .\n"
        "Arvon 0 Delmere / Ostby 0\n"
    )
    assert orgs(run, text) == ["Kelso", "Le Mans", "Arvon", "Delmere / Ostby"]


def test_scorers_inside_brackets_broken_across_lines_are_players(run) -> None:
    text = (
        "SOCCER - LEAGUE RESULTS .\n"
        "Results of league matches played on Saturday :\n"
        "Kelso 4 ( Reid 7 , Lind 33 , Varga\n"
        "15 , Ostrander 24 , Quell 70 ) .\n"
        "Arvon 1 Delmere 0\n"
    )
    found = orgs(run, text)
    assert "Ostrander" not in found and "Quell" not in found


def test_a_horse_and_its_odds_are_no_side(run) -> None:
    text = (
        "HORSE RACING - STAKES RESULT .\n"
        "Result of the race run over five furlongs on Thursday :\n"
        "1. Kelso Lad 16-1 ( Tom Reid )\n"
        "2. Arvon Star 11-4 ( ridden by Anna Berg )\n"
        "Arvon 1 Delmere 0\n"
    )
    assert "Kelso Lad" not in orgs(run, text)


def test_fixtures_after_a_bracket_and_a_declared_total(run) -> None:
    text = (
        "CRICKET - SHIRE SCORES .\n"
        "Scores on the final day of the championship matches on Monday :\n"
        "At Kelso : Westmarch 128-1 ( T. Reid 59 , A. Lind 53 not out ) v Northmarch .\n"
        "Eastmarch 446-9 declared and 53-0 .\n"
    )
    assert orgs(run, text) == ["Westmarch", "Northmarch", "Eastmarch"]


def test_a_riders_points_in_a_standings_list_are_no_side(run) -> None:
    text = (
        "MOTORCYCLING - RACE RESULTS .\n"
        "Leading results of the race and standings after the race on Sunday :\n"
        "1. Tomas Quellberg ( Austria ) Velotec 38:32.353\n"
        "2. Ivo Marsk ( France ) Rentova 38:35.297\n"
        "Standings :\n"
        "1. Quellberg 107\n"
        "2. Marsk 98\n"
    )
    found = orgs(run, text)
    assert "Quellberg" not in found and "Marsk" not in found
    assert "Velotec" in found and "Rentova" in found


def test_a_drivers_car_is_no_team(run) -> None:
    text = (
        "RALLYING - LEADING POSITIONS .\n"
        "Leading positions after the third stage of the rally on Friday :\n"
        "1. Tomas Quellberg ( Finland ) Toyota Celica 1 hour 2:09\n"
        "2. Ivo Marsk ( France ) Velotec 2:14\n"
    )
    found = orgs(run, text)
    assert "Toyota Celica" not in found and "Velotec" in found


# -- squad and scorers lists ------------------------------------------------------------------


def test_players_clubs_in_a_squad_list(run) -> None:
    text = (
        "SOCCER - KELVIAN SQUAD FOR WORLD CUP QUALIFIER .\n"
        "The coach named the following squad on Sunday for the match :\n"
        "Goalkeepers - Tomas Quellberg ( Arvon ) , Ivo Marsk ( Delmere City ) .\n"
        "Strikers - Piet van der Holm ( Brackwell ) , Luca Ferrant ( PSX ) .\n"
    )
    assert orgs(run, text) == ["Arvon", "Delmere City", "Brackwell", "PSX"]


def test_an_athletes_country_or_its_code_is_no_club(run) -> None:
    text = (
        "GOLF - OPEN SCORES .\n"
        "Leading scores after the second round of the tournament on Friday :\n"
        "135 Tomas Quellberg ( Swe ) 68 67 , Ivo Marsk ( Germany ) 70 65\n"
        "136 Kelso Ferrant ( France ) 69 67\n"
    )
    assert orgs(run, text) == []


def test_a_bracket_after_a_name_in_a_business_report_names_no_club(run) -> None:
    text = "Analysts said Tomas Quellberg ( Arvon ) would join the board on Monday .\n"
    assert "Arvon" not in orgs(run, text)


# -- clubs named by town and nickname ---------------------------------------------------------


BASEBALL = (
    "BASEBALL - COMETS BEAT LANCERS .\n"
    "FRESNO 1996-08-22\n"
    "Tom Reid hit a two-run homer in the ninth inning to lift the surging Fresno Comets to a "
    "6-5 win on Wednesday , their third straight against the Tulsa Lancers .\n"
    "The Comets have won 10 of their last 12 games .\n"
    "Fresno has won seven of eight and leads the division by two games .\n"
    "In Fresno , the Lancers lost for the third time in the series .\n"
)
"""Real towns (the places rule knows them) with invented clubs."""


def test_a_town_and_a_plural_nickname_after_the_is_a_club(run) -> None:
    found = orgs(run, BASEBALL)
    assert "Fresno Comets" in found and "Tulsa Lancers" in found
    assert found.count("Comets") == 1 and found.count("Lancers") == 1


def test_the_bare_town_of_such_a_club_is_the_club_but_not_as_venue_or_dateline(run) -> None:
    doc = run(BASEBALL)
    org_starts = {e.start_char for e in doc.ents if e.label_ == "ORG"}
    text = doc.text
    assert text.index("Fresno has won") in org_starts
    assert text.index("FRESNO 1996") not in org_starts
    assert text.index("Fresno , the") not in org_starts


def test_a_town_and_a_plural_word_in_a_person_or_event_name_is_no_club(run) -> None:
    text = (
        "ATHLETICS - RELAY AT TULSA GAMES .\n"
        "Tom Reid will run in the sprint relay at the Tulsa Games on Friday , the coach said .\n"
        "Fresno Rhodes won the race in the final round , and the team scored 12 points .\n"
    )
    found = orgs(run, text)
    assert "Tulsa Games" not in found and "Fresno Rhodes" not in found


def test_a_town_and_a_plural_nickname_outside_sport_is_left_to_other_rules(run) -> None:
    text = "The Fresno Comets were a band that played in the town hall on Friday .\n"
    assert "Fresno Comets" not in orgs(run, text)


# -- clubs in the prose of a match report ----------------------------------------------------


MATCH = (
    "SOCCER - ARVON HELD AT HOME .\n"
    "Arvon 's poor start continued on Saturday when they lost 2-1 at home to league leaders "
    "Kelso Wanderers .\n"
    "Elsewhere , title hopefuls Delmere were held 0-0 by newly promoted Brackwell , and "
    "second division side Ostby easily beat Quarrytown 3-1 .\n"
    "Fans gave the referee a hard time after the match .\n"
)


def test_a_club_after_a_club_noun_and_after_a_score(run) -> None:
    found = orgs(run, MATCH)
    for club in ("Kelso Wanderers", "Delmere", "Brackwell", "Ostby", "Quarrytown"):
        assert club in found, club


def test_a_tennis_player_after_set_scores_is_no_club(run) -> None:
    text = (
        "TENNIS - OPEN RESULTS .\n"
        "Anna Berg , seeded 14th , reached the second round of the tournament with a 6-2 6-1 "
        "victory over Yi Lan-Qing of Kelvia on Monday .\n"
        "Tom Reid beat Ivo Marsk in the final round of the match .\n"
    )
    assert "Yi Lan-Qing" not in orgs(run, text)


def test_a_world_champion_is_a_person_and_champions_country_a_national_side(run) -> None:
    text = (
        "ATHLETICS - RESULTS .\n"
        "Former world champion Tom Reid won the race , and Olympic champions Kenya "
        "won the relay 2-1 over France in the final round of the season .\n"
    )
    found = orgs(run, text)
    assert "Tom Reid" not in found and "Kenya" not in found and "France" not in found


def test_score_phrases_in_a_business_report_name_no_club(run) -> None:
    text = (
        "Shareholders voted 12-3 in favour of the merger with Kelso Mining on Monday .\n"
        "The board said its rivals Arvon had lost 2-1 to the vote .\n"
    )
    found = orgs(run, text)
    assert "Arvon" not in found


def test_a_club_named_by_its_town_is_the_club_throughout_the_report(run) -> None:
    text = (
        "SOCCER - LEAGUE .\n"
        "FLORENCE 1996-08-22\n"
        "League leaders Florence drew 1-1 at home with Tulsa on Saturday .\n"
        "Florence , who have won three of their four matches , play in Fresno next week .\n"
        "The match in Florence was watched by 20,000 fans .\n"
    )
    doc = run(text)
    labels = {(e.start_char, e.label_) for e in doc.ents}
    assert (text.index("Florence drew"), "ORG") in labels  # a town that is a first name too
    assert (text.index("Florence , who"), "ORG") in labels
    assert (text.index("Florence was"), "GPE") in labels  # the venue
    assert (text.index("FLORENCE 1996"), "ORG") not in labels  # the dateline
    assert (text.index("Fresno"), "GPE") in labels


def test_a_side_with_its_wickets_is_a_club_even_when_it_reads_as_a_first_name(run) -> None:
    text = (
        "CRICKET - SCORES .\n"
        "Close of play scores on Friday :\n"
        "At Kelso : Westmarch 326 ( T. Reid 95 ) .\n"
        "Duncan 236-4 ( K. Lind 85 ) .\n"
    )
    assert orgs(run, text) == ["Westmarch", "Duncan"]


def test_a_clubs_town_as_a_datelines_region_and_a_grounds_town_are_places(run) -> None:
    text = (
        "BASEBALL - RESULTS .\n"
        "KELSO , Tulsa 1996-08-22\n"
        "Tom Reid homered in the ninth inning to lift the Tulsa Lancers to a 6-5 victory .\n"
        "Tulsa has won seven of eight games this season .\n"
        "At Brackwell Park ( Fresno ) : Tulsa 326 ( T. Reid 95 ) .\n"
    )
    doc = run(text)
    labels = {(e.start_char, e.label_) for e in doc.ents}
    assert (text.index("Tulsa 1996"), "ORG") not in labels
    assert (text.index("Tulsa has"), "ORG") in labels
    assert (text.index("Fresno"), "ORG") not in labels


def test_an_unknown_town_and_nickname_in_a_result_and_the_nicknames_tail(run) -> None:
    text = (
        "BASEBALL - RESULTS .\n"
        "Tom Reid homered twice as the Brackwell Red Sox beat the tired Ostby Pilots 5-3 .\n"
        "The Red Sox have won five straight , and the Pilots lost for the fourth time .\n"
        "Brackwell Red Sox pitcher Ivo Marsk left the game in the first inning .\n"
    )
    found = orgs(run, text)
    assert found.count("Brackwell Red Sox") == 2 and "Ostby Pilots" in found
    assert "Red Sox" in found and "Pilots" in found


def test_a_country_or_a_regions_people_after_the_are_no_club(run) -> None:
    text = (
        "SOCCER - QUALIFIER .\n"
        "The North Africans were held to a goalless draw by the United States on Friday .\n"
        "Tom Reid scored twice in the match , and the coach praised the team after the game .\n"
    )
    found = orgs(run, text)
    assert "North Africans" not in found and "United States" not in found


def test_an_unknown_town_and_a_plural_word_outside_a_result_is_no_club(run) -> None:
    text = (
        "BASEBALL - NOTES .\n"
        "Tom Reid visited the Brackwell Gardens on Friday before the game , the coach said .\n"
        "The team played its 12th game of the season in the league .\n"
    )
    assert "Brackwell Gardens" not in orgs(run, text)


def test_a_club_before_its_player_role_or_possessive(run) -> None:
    text = (
        "SOCCER - LEAGUE .\n"
        "Ostby 's new Danish striker Tom Reid scored twice as Arvon drew 2-2 with Kelso .\n"
        "Delmere 's Ivo Marsk was sent off , and Chelsea defender Anna Berg was booked in the "
        "second half of the match .\n"
        "UEFA Cup hopefuls Brackwell and Quarrytown lost on Saturday .\n"
    )
    found = orgs(run, text)
    for club in ("Ostby", "Delmere", "Chelsea", "Brackwell", "Quarrytown"):
        assert club in found, club


def test_a_persons_possessive_and_common_words_before_a_role_are_no_club(run) -> None:
    text = (
        "ATHLETICS - RESULTS .\n"
        "Tom Reid 's coach said the relay team had run well in the final round of the meeting .\n"
        "Men 's 4x100 relay Jesse Owens memorial race\n"
        "Right fielder Ivo Marsk scored the winning run in the game .\n"
        "Club president Anna Berg praised the team .\n"
    )
    found = orgs(run, text)
    for word in ("Tom Reid", "Reid", "Men", "Right", "Club"):
        assert word not in found, word


def test_a_possessive_before_a_person_outside_sport_names_no_club(run) -> None:
    text = "Fresno 's Tom Reid opened the new library on Friday , the council said .\n"
    assert "Fresno" not in orgs(run, text)


def test_a_table_of_players_names_no_club_but_a_standings_table_does(run) -> None:
    text = (
        "CRICKET - TOUR AVERAGES .\n"
        "Batting averages after the series ( matches , innings , not out , runs , average ) :\n"
        "Tom Reid 3 5 0 162 64 32.40\n"
        "Ivo Marsk 3 5 1 39 24 9.75\n"
        "Kaspar Ollery 2 4 1 50 40 16.66\n"
        "Bowling ( overs , maidens , runs , wickets , average ) :\n"
        "Reid 57.2 10 165 6 27.50\n"
        "Marsk 150.3 36 377 10 37.70\n"
        "Standings ( played , won , lost , points ) :\n"
        "Westmarch 12 8 4 32\n"
        "Eastmarch 12 6 6 24\n"
    )
    assert orgs(run, text) == ["Westmarch", "Eastmarch"]


def test_international_results_name_clubs_with_their_country_or_letter(run) -> None:
    text = (
        "BASKETBALL - TOURNAMENT RESULTS .\n"
        "Results of the international basketball tournament on Friday :\n"
        "Westmarch ( Kelvia ) 92 Brackwell ( Russia ) 81 ( halftime 50-28 )\n"
        "Ostby of Italy beat Quarrytown 75-70 in the final round .\n"
        "Standings :\n"
        "Rad ( B ) 4 1 1 2 2 3 4\n"
        "Rugby : Delmere , 56-13 winners over Eastmarch , lead the league .\n"
    )
    found = orgs(run, text)
    for club in ("Westmarch", "Brackwell", "Ostby", "Quarrytown", "Rad ( B )", "Eastmarch"):
        assert club in found, club
    assert "Russia" not in found and "Italy" not in found


def test_players_with_their_country_and_set_scores_are_no_clubs(run) -> None:
    text = (
        "TENNIS - OPEN RESULTS .\n"
        "Results of first round matches in the tournament on Monday :\n"
        "Lin Wei-Ta ( Taiwan ) beat Sung-Ok Pak ( South Korea ) 6-2 6-3\n"
        "Kaspar Ollery ( Austria ) beat Yi Lan-Qing ( China ) 6-4 6-7 ( 5-7 ) 6-2\n"
    )
    assert orgs(run, text) == []


def test_first_names_as_clubs_in_standings_fixtures_and_after_a_club_noun(run) -> None:
    text = (
        "SOCCER - LEAGUE STANDINGS .\n"
        "Standings after the matches on Saturday ( played , won , drawn , lost , points ) :\n"
        "Westmarch 4 3 1 0 10\n"
        "Crystal Rovers 4 1 2 1 5\n"
        "Eastmarch 4 0 1 3 1\n"
        "Postponed : Northmarch v Chelsea\n"
        "Title rivals Essex and Westmarch both won on Saturday .\n"
    )
    found = orgs(run, text)
    for club in ("Crystal Rovers", "Chelsea", "Essex"):
        assert club in found, club


def test_a_list_with_a_club_is_a_list_of_clubs(run) -> None:
    text = (
        "CRICKET - COUNTY ROUND-UP .\n"
        "The championship match was played on Friday , with wickets falling fast .\n"
        "Leaders Westmarch , Northmarch and Eastmarch all closed in on victory .\n"
        "Earlier , Tom Reid , Anna Berg and Kelvia had been picked for the tour .\n"
    )
    found = orgs(run, text)
    assert ["Westmarch", "Northmarch", "Eastmarch"] == found[:3]
    assert "Tom Reid" not in found and "Anna Berg" not in found


def test_sides_and_their_totals_in_cricket_prose(run) -> None:
    text = (
        "CRICKET - COUNTY ROUND-UP .\n"
        "The championship match was played on Friday , with wickets falling fast .\n"
        "By stumps Westmarch had reached 108 for three , after Tom Reid took Eastmarch to 471 .\n"
        "Anna Berg made 95 for the visitors .\n"
    )
    found = orgs(run, text)
    assert "Westmarch" in found and "Eastmarch" in found and "Anna Berg" not in found


def test_a_sport_named_in_the_headline_tells_a_short_report(run) -> None:
    text = (
        "CRICKET - REID SIGNS FOR WESTMARCH .\nProvincial side Westmarch signed bowler Tom Reid .\n"
    )
    assert "Westmarch" in orgs(run, text)
    text = (
        "SOCCER - KELVIAN LEAGUE RESULT .\nResult of a league match on Sunday :\nOstby 2 Arvon 4\n"
    )
    assert orgs(run, text) == ["Ostby", "Arvon"]


def test_a_sport_word_in_a_business_headline_makes_no_sports_report(run) -> None:
    text = (
        "Golf maker Kelvar Clubs to cut jobs .\n"
        "Rivals Westmarch and Eastmarch were not affected , the company said on Monday .\n"
    )
    found = orgs(run, text)
    assert "Westmarch" not in found and "Eastmarch" not in found


def test_clubs_by_table_place_score_possessive_career_and_fixture_words(run) -> None:
    text = (
        "SOCCER - LEAGUE ROUND-UP .\n"
        "Second-placed Westmarch were held 1-1 at home on Saturday .\n"
        "Eastmarch 's 3-0 weekend defeat of Northmarch was their first win of the season .\n"
        "Chelsea beat Quarrytown 2-0 in the other league match .\n"
        "The 32-year-old defender played for Ostby and Brackwell before his move .\n"
        "He will miss the match against Delmere next week , the coach said .\n"
    )
    found = orgs(run, text)
    for club in (
        "Westmarch",
        "Eastmarch",
        "Northmarch",
        "Chelsea",
        "Quarrytown",
        "Ostby",
        "Brackwell",
        "Delmere",
    ):
        assert club in found, club


def test_career_words_before_a_nationality_or_a_player_name_no_club(run) -> None:
    text = (
        "SOCCER - TRANSFER .\n"
        "The striker , who played for his Danish club last season , joined Tom Reid in the "
        "squad , and was coached by the former Danish international Anna Berg .\n"
        "The match against Sweden is on Saturday , the coach said after the league game .\n"
    )
    found = orgs(run, text)
    for word in ("Danish", "Tom Reid", "Anna Berg", "Sweden"):
        assert word not in found, word


def test_headings_name_no_club_and_a_headline_in_capitals_names_the_clubs(run) -> None:
    text = (
        "BASEBALL - COMETS BEAT LANCERS AGAIN .\n"
        "Tom Reid homered as the Fresno Comets beat the Tulsa Lancers 6-5 on Friday .\n"
        "Group 1\n"
        "Final Westmarch v Eastmarch .\n"
    )
    found = orgs(run, text)
    assert found[:2] == ["COMETS", "LANCERS"]
    assert "Group" not in found and "Final Westmarch" not in found and "Westmarch" in found


def test_a_clubs_town_in_a_capitals_dateline_with_its_country_is_a_place(run) -> None:
    text = (
        "SOCCER - FRESNO WIN AGAIN .\n"
        "FRESNO , Kelvia 1996-08-29\n"
        "League leaders Fresno beat Tulsa 2-1 on Thursday in the league match .\n"
    )
    doc = run(text)
    org_starts = {e.start_char for e in doc.ents if e.label_ == "ORG"}
    assert text.index("FRESNO WIN") in org_starts
    assert text.index("FRESNO ,") not in org_starts


def test_a_sides_points_and_its_scorers_line(run) -> None:
    text = (
        "CRICKET - SHIRE RESULTS .\n"
        "Results on the final day of the championship matches on Monday :\n"
        "Westmarch 5 points , Eastmarch 6 .\n"
        "SOCCER - CUP RESULT .\n"
        "Scorers :\n"
        "Northmarch - Tom Reid ( 32nd ) , Ivo Marsk ( 84th )\n"
    )
    found = orgs(run, text)
    assert found == ["Westmarch", "Eastmarch", "Northmarch"]


def test_a_drivers_points_in_a_standings_list_are_no_side(run) -> None:
    text = (
        "MOTOR RACING - STANDINGS .\n"
        "Drivers ' standings after the race on Sunday :\n"
        "1. Tom Reid ( Kelvia ) Velotec 1:54.342\n"
        "Standings :\n"
        "1. Reid 87 points\n"
    )
    assert "Reid" not in orgs(run, text)


def test_a_fixture_word_before_grammar_and_a_player_names_no_club(run) -> None:
    text = (
        "SOCCER - WORLD CUP .\n"
        "Kelvia started the game with attacking style with Romil Lakutu , Ivo Marsk and Tom "
        "Reid making early attempts in the match on Friday .\n"
    )
    found = orgs(run, text)
    assert "Romil Lakutu" not in found
