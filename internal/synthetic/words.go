package synthetic

// The vocabulary the generator draws from: Vietnamese names, places, bodies
// and phrases of the kind provincial news uses, so that slugs, folding and
// search meet realistic text (diacritics, đ, multi-word names).

var surnames = []string{
	"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Phan", "Trương",
	"Bùi", "Đặng", "Đỗ", "Ngô", "Hồ", "Dương", "Đinh", "Lý", "Đoàn", "Lương",
}

var middleNames = []string{
	"Văn", "Thị", "Đức", "Minh", "Thu", "Hữu", "Duy", "Quang", "Thanh", "Ngọc",
	"Xuân", "Hồng", "Kim", "Công", "Mạnh", "Thế", "Bảo", "Diệu", "Quốc", "Phương",
}

var givenNames = []string{
	"Hoàng", "Anh", "Hùng", "Lan", "Hương", "Tuấn", "Dũng", "Hải", "Hà", "Linh",
	"Nam", "Phương", "Sơn", "Thảo", "Trang", "Việt", "Yến", "Cường", "Đạt", "Giang",
	"Huệ", "Khánh", "Long", "Mai", "Nga", "Oanh", "Phúc", "Quân", "Thắng", "Tùng",
	"Uyên", "Vinh", "Xuân", "Bình", "Châu", "Điệp", "Hạnh", "Lộc", "Nhung", "Thủy",
}

var provinces = []string{
	"Thái Nguyên", "Bắc Kạn", "Tuyên Quang", "Lạng Sơn", "Phú Thọ", "Hà Giang",
	"Cao Bằng", "Yên Bái", "Bắc Giang", "Vĩnh Phúc", "Nghệ An", "Hà Tĩnh",
	"Quảng Bình", "Thừa Thiên Huế", "Đắk Lắk", "Lâm Đồng", "Đồng Tháp", "Cà Mau",
}

var districts = []string{
	"Đại Từ", "Phú Lương", "Định Hóa", "Võ Nhai", "Đồng Hỷ", "Phú Bình", "Sông Công",
	"Phổ Yên", "Ba Bể", "Chợ Đồn", "Na Rì", "Sơn Dương", "Hàm Yên", "Yên Sơn",
	"Lâm Bình", "Chiêm Hóa", "Thanh Ba", "Đoan Hùng", "Hạ Hòa", "Tam Nông",
}

var communes = []string{
	"Hùng Sơn", "Tân Thái", "Phú Xuyên", "Yên Lãng", "La Bằng", "Hà Thượng",
	"Quân Chu", "Cù Vân", "Bản Ngoại", "Phục Linh", "Tiên Hội", "Minh Tiến",
	"Phú Đình", "Điềm Mặc", "Bảo Linh", "Trung Hội", "Kim Phượng", "Thanh Định",
}

// Bodies under a province, a district and a commune; "%s" is the place.
var provincialBodies = []string{
	"Ban Tuyên giáo Tỉnh ủy %s", "Ban Tổ chức Tỉnh ủy %s", "Ban Dân vận Tỉnh ủy %s",
	"Ủy ban Kiểm tra Tỉnh ủy %s", "Sở Giáo dục và Đào tạo tỉnh %s", "Sở Y tế tỉnh %s",
	"Sở Văn hóa, Thể thao và Du lịch tỉnh %s", "Hội Nông dân tỉnh %s",
	"Hội Liên hiệp Phụ nữ tỉnh %s", "Tỉnh đoàn %s", "Liên đoàn Lao động tỉnh %s",
	"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh %s",
}

var districtBodies = []string{
	"Huyện ủy %s", "Ủy ban nhân dân huyện %s", "Ban Tuyên giáo Huyện ủy %s",
	"Hội Cựu chiến binh huyện %s", "Trung tâm Y tế huyện %s", "Phòng Giáo dục huyện %s",
}

var communeBodies = []string{
	"Đảng ủy xã %s", "Ủy ban nhân dân xã %s", "Trường Tiểu học %s",
	"Hợp tác xã chè %s", "Chi hội Nông dân xã %s", "Trạm Y tế xã %s",
}

var positionTitles = []string{
	"Bí thư", "Phó Bí thư", "Chủ tịch", "Phó Chủ tịch", "Trưởng Ban", "Phó Trưởng Ban",
	"Giám đốc", "Phó Giám đốc", "Ủy viên", "Chánh Văn phòng", "Trưởng phòng", "Chuyên viên",
}

var topics = []string{
	"công tác tuyên giáo", "chuyển đổi số", "xây dựng nông thôn mới", "cải cách hành chính",
	"phòng, chống tham nhũng", "bảo hiểm y tế", "giáo dục nghề nghiệp", "phát triển du lịch",
	"bảo vệ nền tảng tư tưởng của Đảng", "học tập và làm theo tư tưởng Hồ Chí Minh",
	"phòng chống thiên tai", "an toàn giao thông", "phát triển kinh tế tập thể",
	"xóa nhà tạm, nhà dột nát", "công tác dân vận", "thi đua khen thưởng",
}

// Title patterns: %[1]s an organization, %[2]s a topic, %[3]s a person, %[4]d a year, %[5]s a place.
var titlePatterns = []string{
	"%[1]s sơ kết %[2]s 6 tháng đầu năm %[4]d",
	"%[1]s tổng kết %[2]s năm %[4]d",
	"Đồng chí %[3]s làm việc với %[1]s về %[2]s",
	"Hội nghị triển khai %[2]s tại %[5]s",
	"%[5]s: đẩy mạnh %[2]s trong năm %[4]d",
	"Đồng chí %[3]s dự lễ phát động thi đua về %[2]s",
	"Trao Bằng khen cho các tập thể, cá nhân tiêu biểu trong %[2]s",
	"%[1]s ký kết chương trình phối hợp về %[2]s giai đoạn %[4]d–%[6]d",
	"Tập huấn nghiệp vụ %[2]s cho cán bộ cơ sở ở %[5]s",
	"Kiểm tra, giám sát việc thực hiện %[2]s tại %[1]s",
}

// Sentence patterns of bodies, with the same verbs as titlePatterns.
var sentencePatterns = []string{
	"Ngày %[7]s, %[1]s tổ chức hội nghị về %[2]s, do đồng chí %[3]s chủ trì.",
	"Trong thời gian qua, %[2]s trên địa bàn %[5]s đạt nhiều kết quả quan trọng, góp phần phát triển kinh tế – xã hội của địa phương.",
	"Phát biểu tại hội nghị, đồng chí %[3]s đề nghị các cấp ủy, chính quyền tiếp tục quán triệt sâu sắc các nghị quyết, chỉ thị của Đảng.",
	"Các đại biểu đã thảo luận, chỉ ra những hạn chế, khó khăn và đề xuất giải pháp để nâng cao hiệu quả %[2]s trong thời gian tới.",
	"Dịp này, %[1]s đã trao Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc trong %[2]s năm %[4]d.",
	"Theo báo cáo, trong năm %[4]d toàn tỉnh đã tổ chức hàng trăm lớp bồi dưỡng, thu hút đông đảo cán bộ, đảng viên và nhân dân tham gia.",
	"Đồng chí %[3]s nhấn mạnh, cần đổi mới phương thức tuyên truyền, ứng dụng công nghệ số để đưa thông tin đến gần hơn với người dân ở %[5]s.",
	"Hội nghị cũng thống nhất phương hướng, nhiệm vụ trọng tâm của %[2]s trong 6 tháng cuối năm, gắn với việc thực hiện Chỉ thị số 05-CT/TW.",
}

// Awards: a name and its kind (one of ent's award kinds).
var awardNames = []struct{ name, kind string }{
	{"Bằng khen", "CERTIFICATE_OF_MERIT"},
	{"Giấy khen", "CERTIFICATE_OF_COMMENDATION"},
	{"Huân chương Lao động hạng Ba", "MEDAL"},
	{"Huân chương Lao động hạng Nhì", "MEDAL"},
	{"Danh hiệu Chiến sĩ thi đua cơ sở", "HONORARY_TITLE"},
	{"Danh hiệu Tập thể lao động xuất sắc", "HONORARY_TITLE"},
	{"Giải Báo chí về xây dựng Đảng", "PRIZE"},
	{"Kỷ niệm chương", "OTHER"},
}
