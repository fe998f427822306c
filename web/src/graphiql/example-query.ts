/** GraphiQL's opening query: the figures of the 13 July 2022 review of Programme 01-CTr/TU. */
export const REVIEW_QUERY = `# Sơ kết 6 tháng đầu năm 2022, Chương trình 01-CTr/TU (hội nghị ngày 13/7/2022).
# Ctrl-Enter chạy truy vấn; khóa truy cập nhập ở thanh phía trên.
query ReviewH1_2022 {
  admissions: compare(metric: "admissions", period: "2022-H1") {
    valueText baseValueText percentOfBaseText period { label } basePeriod { label }
  }
  enterprises: attainment(metric: "non_state_enterprise_orgs", period: "2022-H1") {
    value target percentText
  }
  consolidated: share(metric: "grassroots_consolidated", period: "2022-H1") { value of percentText }
  weak: share(metric: "weak_grassroots_consolidated", period: "2022-H1") { value of percentText }
  inspectedOrgs: compare(metric: "inspected_orgs", period: "2022-H1") { value }
  inspectedMembers: compare(metric: "inspected_members", period: "2022-H1") { value }
  supervisedOrgs: compare(metric: "supervised_orgs", period: "2022-H1") { value }
  supervisedMembers: compare(metric: "supervised_members", period: "2022-H1") { value }
  disciplinedOrgs: compare(metric: "disciplined_orgs", period: "2022-H1") { value }
  disciplinedMembers: compare(metric: "disciplined_members", period: "2022-H1") { value }
  programme(code: "01-CTr/TU") {
    title
    statusCounts(asOf: "2022-07-13") { label count }
  }
}
`;
