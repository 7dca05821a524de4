from lib import *
from defs1 import h, S3_FLOW, s3_base, DOC_GW, DOC_GW_S3, DOC_IF, DOC_S3_PL, DOC_NAT, DOC_PRICING, DOC_NACL, DOC_SG, DOC_RT, DOC_PEER, DOC_POLICY, DOC_BUCKET, DOC_PL, DOC_DNS
CHALLENGES = []
def challenge(**kw): CHALLENGES.append(kw)
DOC_MPL = 'https://docs.aws.amazon.com/vpc/latest/userguide/managed-prefix-lists.html'

# ---------------------------------------------------------------- 18
OUT18 = flow('call the internet', 'i-app', 'host-internet')
def sgpl_start():
    lab = load('instance-sg-egress-missing-443-to-s3-fails')
    add(lab, {'kind': 'internetHost', 'id': 'host-internet', 'ip': '198.51.100.20'})
    return lab
def sol18(lab):
    comp(lab, 'sg-app')['outbound'].append(rule_out('tcp', '443', 'pl-s3-use1')); return lab
def w18a(lab):
    comp(lab, 'sg-app')['outbound'].append(rule_out('tcp', '443', '0.0.0.0/0')); return lab
def w18b(lab):
    comp(lab, 'sg-app')['outbound'].append(rule_out('tcp', '80', 'pl-s3-use1')); return lab
challenge(num='18', slug='security-group-prefix-list', start=sgpl_start,
  title=T('Allow S3, and only S3, in the security group', '보안 그룹에서 S3만 허용하기'),
  story=T('sg-app is strict: outbound, it allows only PostgreSQL inside the VPC. i-app now needs to read my-bucket through the existing gateway endpoint. The security team refuses any outbound rule open to 0.0.0.0/0: a call to host-internet must still be stopped by the security group.',
          'sg-app은 엄격합니다. 아웃바운드로는 VPC 내부의 PostgreSQL만 허용합니다. 이제 i-app은 기존 게이트웨이 엔드포인트를 통해 my-bucket을 읽어야 합니다. 보안팀은 0.0.0.0/0으로 열린 아웃바운드 규칙을 허용하지 않으며, host-internet 호출은 여전히 보안 그룹에서 막혀야 합니다.'),
  goal=T('i-app reads s3://my-bucket, and its call to host-internet is blocked by its security group.', 'i-app이 s3://my-bucket을 읽을 수 있어야 하고, host-internet 호출은 보안 그룹에서 차단되어야 합니다.'),
  hints=h('Which rule did the security group look for, and which addresses does S3 use?', '보안 그룹은 어떤 규칙을 찾았으며, S3는 어떤 주소를 사용하나요?',
          'A security group rule can name a prefix list as destination. The AWS-managed prefix list com.amazonaws.us-east-1.s3 (pl-s3-use1) holds the S3 ranges of the Region and is kept up to date by AWS.',
          '보안 그룹 규칙은 접두사 목록을 대상으로 지정할 수 있습니다. AWS 관리형 접두사 목록 com.amazonaws.us-east-1.s3(pl-s3-use1)에는 리전의 S3 주소 범위가 들어 있으며 AWS가 최신 상태로 유지합니다.',
          'Add an outbound rule to sg-app: TCP 443 to pl-s3-use1.', 'sg-app에 아웃바운드 규칙을 추가하세요: pl-s3-use1로 TCP 443.'),
  explanation=T('With a gateway endpoint, the instance still sends to public S3 addresses, so its security group must allow them. Instead of hard-coding ranges, reference the S3 prefix list in the outbound rule: it tracks AWS\'s changes and allows nothing else. Network ACLs cannot reference prefix lists; security groups and route tables can.',
                '게이트웨이 엔드포인트를 사용해도 인스턴스는 퍼블릭 S3 주소로 트래픽을 보내므로 보안 그룹이 이를 허용해야 합니다. 주소 범위를 직접 쓰는 대신 아웃바운드 규칙에서 S3 접두사 목록을 참조하세요. AWS의 변경 사항을 따라가며 다른 주소는 허용하지 않습니다. 네트워크 ACL은 접두사 목록을 참조할 수 없지만 보안 그룹과 라우팅 테이블은 참조할 수 있습니다.'),
  links=[DOC_MPL, DOC_GW_S3, DOC_SG],
  flows=[S3_FLOW, OUT18],
  goals=[{'reachable': goal_flow(S3_FLOW)}, {'blocked': dict(goal_flow(OUT18), reason='SECURITY_GROUP_NO_EGRESS_RULE')}],
  solution=sol18,
  wrong=[(w18a, 'opens 443 to 0.0.0.0/0: S3 works, but the security group no longer stops the internet call', [{'goal': 1, 'reason': 'NO_ROUTE_TO_DESTINATION'}]),
         (w18b, 'allows port 80 to the prefix list, not 443', [{'goal': 0, 'reason': 'SECURITY_GROUP_NO_EGRESS_RULE'}])])

# ---------------------------------------------------------------- 19
def naclpl_start(): return load('nacl-rule-cannot-reference-prefix-list')
def out19(lab, rules):
    comp(lab, 'acl-private')['outbound'] = rules; return lab
def sol19(lab):
    return out19(lab, [{'rule': 100, 'action': 'allow', 'protocol': 'tcp', 'ports': '443', 'cidr': '54.123.160.0/19'},
                       {'rule': 110, 'action': 'allow', 'protocol': 'tcp', 'ports': '443', 'cidr': '52.216.0.0/15'}])
def w19a(lab):
    return out19(lab, [{'rule': 100, 'action': 'allow', 'protocol': 'tcp', 'ports': '443', 'cidr': '52.216.0.0/15'}])
def w19b(lab):
    return out19(lab, [{'rule': 100, 'action': 'allow', 'protocol': 'tcp', 'ports': '443', 'cidr': 'pl-s3-use1'},
                       {'rule': 110, 'action': 'allow', 'protocol': 'tcp', 'ports': '443', 'cidr': '54.123.160.0/19'},
                       {'rule': 120, 'action': 'allow', 'protocol': 'tcp', 'ports': '443', 'cidr': '52.216.0.0/15'}])
challenge(num='19', slug='nacl-prefix-list', start=naclpl_start,
  title=T('A network ACL rule that names a prefix list', '접두사 목록을 지정한 네트워크 ACL 규칙'),
  story=T('Following the security group habit, someone wrote the outbound rule of acl-private with the S3 prefix list pl-s3-use1 as its CIDR. The console would not have accepted it, and i-app cannot reach my-bucket.',
          '보안 그룹에서 하던 대로 누군가 acl-private의 아웃바운드 규칙 CIDR에 S3 접두사 목록 pl-s3-use1을 썼습니다. 콘솔이라면 받아들이지 않았을 설정이며, i-app은 my-bucket에 접근하지 못합니다.'),
  goal=T('i-app reads s3://my-bucket, and the lab has no design error.', 'i-app이 s3://my-bucket을 읽을 수 있어야 하고, 랩에 설계 오류가 없어야 합니다.'),
  hints=h('Run the checker: which rule does AWS refuse?', '검사기를 실행해 보세요. AWS는 어떤 규칙을 거부하나요?',
          'Network ACL rules take CIDR blocks only; they cannot reference a prefix list. Look up the prefix list\'s CIDRs and write one rule per range.',
          '네트워크 ACL 규칙에는 CIDR 블록만 쓸 수 있으며 접두사 목록을 참조할 수 없습니다. 접두사 목록의 CIDR를 확인하고 범위마다 규칙을 하나씩 작성하세요.',
          'Replace the rule with two outbound rules allowing TCP 443 to 54.123.160.0/19 and 52.216.0.0/15.', '그 규칙을 54.123.160.0/19와 52.216.0.0/15로 가는 TCP 443을 허용하는 아웃바운드 규칙 두 개로 바꾸세요.'),
  explanation=T('Prefix lists can be referenced by security groups and route tables, not by network ACLs. When a network ACL must allow S3, list the CIDRs of the S3 prefix list (aws ec2 describe-managed-prefix-lists / get-managed-prefix-list-entries), and remember that they can change. Often the simpler design keeps the network ACL open and filters with security groups.',
                '접두사 목록은 보안 그룹과 라우팅 테이블에서 참조할 수 있지만 네트워크 ACL에서는 참조할 수 없습니다. 네트워크 ACL에서 S3를 허용해야 한다면 S3 접두사 목록의 CIDR를 나열하고(aws ec2 describe-managed-prefix-lists / get-managed-prefix-list-entries), 이 범위가 바뀔 수 있다는 점을 기억하세요. 네트워크 ACL은 열어 두고 보안 그룹으로 필터링하는 설계가 더 간단한 경우가 많습니다.'),
  links=[DOC_MPL, DOC_NACL],
  flows=[S3_FLOW],
  goals=[{'reachable': goal_flow(S3_FLOW)}, {'noErrors': True}],
  solution=sol19,
  wrong=[(w19a, 'allows only one of the two S3 ranges, not the one the bucket answers from', [{'goal': 0, 'reason': 'NACL_DENY'}]),
         (w19b, 'adds the CIDR rules but keeps the prefix-list rule', [{'goal': 1}])])

# ---------------------------------------------------------------- 20
def gwrt_start(): return load('gateway-endpoint-other-route-table-uses-nat')
def sol20(lab):
    comp(lab, 'vpce-s3-gw')['routeTables'].append('rt-private'); return add_route(lab, 'rt-private', 'pl-s3-use1', 'vpce-s3-gw')
def w20a(lab): return del_route(lab, 'rt-private', '0.0.0.0/0')
def w20b(lab):
    comp(lab, 'vpce-s3-gw')['routeTables'].append('rt-public'); return add_route(lab, 'rt-public', 'pl-s3-use1', 'vpce-s3-gw')
challenge(num='20', slug='gateway-endpoint-route-table', start=gwrt_start,
  title=T('The endpoint is there, the traffic is not', '엔드포인트는 있는데 트래픽이 지나가지 않음'),
  story=T('vpc-main has an S3 gateway endpoint, and the data subnet uses it. The app subnet\'s S3 traffic still shows up on the NAT gateway bill, although "the VPC has an endpoint".',
          'vpc-main에는 S3 게이트웨이 엔드포인트가 있고 데이터 서브넷은 이를 사용합니다. 그런데 "VPC에 엔드포인트가 있는데도" 앱 서브넷의 S3 트래픽이 여전히 NAT 게이트웨이 요금에 나타납니다.'),
  goal=T('i-app reads s3://my-bucket through the gateway endpoint, not through the NAT gateway.', 'i-app이 NAT 게이트웨이가 아닌 게이트웨이 엔드포인트를 통해 s3://my-bucket을 읽어야 합니다.'),
  hints=h('Compare the route tables of the app subnet and of the data subnet.', '앱 서브넷과 데이터 서브넷의 라우팅 테이블을 비교해 보세요.',
          'A gateway endpoint works per route table, not per VPC: only subnets whose route table is associated with the endpoint get the prefix-list route.',
          '게이트웨이 엔드포인트는 VPC 단위가 아니라 라우팅 테이블 단위로 동작합니다. 엔드포인트와 연결된 라우팅 테이블을 쓰는 서브넷만 접두사 목록 경로를 받습니다.',
          'Associate vpce-s3-gw with rt-private as well.', 'vpce-s3-gw를 rt-private에도 연결하세요.'),
  explanation=T('When you create or modify a gateway endpoint, you choose the route tables: AWS adds the prefix-list route to each of them. Subnets with other route tables keep their old path, here the NAT gateway. The prefix-list route is more specific than 0.0.0.0/0, so once associated, S3 traffic leaves the NAT path while the rest keeps it.',
                '게이트웨이 엔드포인트를 만들거나 수정할 때 라우팅 테이블을 선택하며, AWS는 각 테이블에 접두사 목록 경로를 추가합니다. 다른 라우팅 테이블을 쓰는 서브넷은 기존 경로(여기서는 NAT 게이트웨이)를 그대로 사용합니다. 접두사 목록 경로가 0.0.0.0/0보다 구체적이므로, 연결하고 나면 S3 트래픽만 NAT 경로에서 빠지고 나머지는 그대로 남습니다.'),
  links=[DOC_GW, DOC_GW_S3, 'https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html'],
  flows=[S3_FLOW],
  goals=[{'reachable': goal_flow(S3_FLOW)}, {'avoids': {'flow': 0, 'kinds': ['natGateway']}}, {'crosses': {'flow': 0, 'kinds': ['gatewayEndpoint']}}],
  solution=sol20,
  wrong=[(w20a, 'removes the NAT route instead of associating the endpoint', [{'goal': 0, 'reason': 'NO_ROUTE_TO_DESTINATION'}, {'goal': 2}]),
         (w20b, 'associates the public route table: the traffic still crosses the NAT gateway first', [{'goal': 1}])])
