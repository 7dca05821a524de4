"""Writes a describe export of N VPCs (about 20 resources each) and the same network as Terraform
state, for measuring `vpclab import` at scale: python3 big-export.py DIR N"""
import json, os, sys
out, n = sys.argv[1], int(sys.argv[2])
R='us-east-1'; A='111122223333'; TGW='tgw-0big'; RT='tgw-rtb-0big'
os.makedirs(f'{out}/describe/{R}', exist_ok=True)
keys={k:[] for k in ['Vpcs','Subnets','RouteTables','NetworkAcls','SecurityGroups','Reservations','VpcEndpoints','NetworkInterfaces','NatGateways','InternetGateways','TransitGatewayVpcAttachments','TransitGatewayAttachments']}
tf=[]
def res(t,name,v): tf.append({"address":f"{t}.{name}","mode":"managed","type":t,"name":name,"values":v})
allow=[{"CidrBlock":"0.0.0.0/0","Egress":e,"Protocol":"-1","RuleAction":"allow","RuleNumber":100} for e in (True,False)]
props=[]
for k in range(n):
    a,b=divmod(k,250)
    h=k//64; t=(k%64)*4; cidr=f'10.{h}.{t}.0/22'
    def ip(sub,host): return f'10.{h}.{t+sub}.{host}'
    vpc=f'vpc-{k:08x}'; s1=f'subnet-{k:08x}a'; s2=f'subnet-{k:08x}b'; rt1=f'rtb-{k:08x}a'; rt2=f'rtb-{k:08x}b'; acl=f'acl-{k:08x}'
    sg1=f'sg-{k:08x}a'; sg2=f'sg-{k:08x}b'; igw=f'igw-{k:08x}'; nat=f'nat-{k:08x}'; gwe=f'vpce-{k:08x}g'; ife=f'vpce-{k:08x}i'; att=f'tgw-attach-{k:08x}'
    keys['Vpcs'].append({"VpcId":vpc,"CidrBlock":cidr,"OwnerId":A})
    res('aws_vpc',f'v{k}',{"id":vpc,"cidr_block":cidr,"owner_id":A,"enable_dns_support":True,"enable_dns_hostnames":True,"main_route_table_id":rt2,"default_network_acl_id":acl,"arn":f"arn:aws:ec2:{R}:{A}:vpc/{vpc}"})
    for s,c,az,azid in ((s1,f'10.{h}.{t}.0/24','us-east-1a','use1-az1'),(s2,f'10.{h}.{t+1}.0/24','us-east-1b','use1-az2')):
        keys['Subnets'].append({"SubnetId":s,"VpcId":vpc,"CidrBlock":c,"AvailabilityZone":az,"AvailabilityZoneId":azid})
        res('aws_subnet',s,{"id":s,"vpc_id":vpc,"cidr_block":c,"availability_zone":az,"availability_zone_id":azid})
    keys['RouteTables'].append({"RouteTableId":rt1,"VpcId":vpc,"Associations":[{"SubnetId":s1}],"Routes":[{"DestinationCidrBlock":cidr,"GatewayId":"local"},{"DestinationCidrBlock":"0.0.0.0/0","GatewayId":igw},{"DestinationCidrBlock":"10.0.0.0/8","TransitGatewayId":TGW}]})
    keys['RouteTables'].append({"RouteTableId":rt2,"VpcId":vpc,"Associations":[{"Main":True}],"Routes":[{"DestinationCidrBlock":cidr,"GatewayId":"local"},{"DestinationCidrBlock":"0.0.0.0/0","NatGatewayId":nat},{"DestinationCidrBlock":"10.0.0.0/8","TransitGatewayId":TGW}]})
    res('aws_route_table',rt1,{"id":rt1,"vpc_id":vpc,"route":[{"cidr_block":"0.0.0.0/0","gateway_id":igw},{"cidr_block":"10.0.0.0/8","transit_gateway_id":TGW}]})
    res('aws_route_table_association',rt1,{"id":"a"+rt1,"subnet_id":s1,"route_table_id":rt1})
    res('aws_route_table',rt2,{"id":rt2,"vpc_id":vpc,"route":[{"cidr_block":"0.0.0.0/0","nat_gateway_id":nat},{"cidr_block":"10.0.0.0/8","transit_gateway_id":TGW}]})
    keys['NetworkAcls'].append({"NetworkAclId":acl,"VpcId":vpc,"IsDefault":True,"Entries":allow,"Associations":[]})
    res('aws_default_network_acl',acl,{"id":acl,"vpc_id":vpc,"ingress":[{"rule_no":100,"action":"allow","protocol":"-1","cidr_block":"0.0.0.0/0","from_port":0,"to_port":0}],"egress":[{"rule_no":100,"action":"allow","protocol":"-1","cidr_block":"0.0.0.0/0","from_port":0,"to_port":0}],"subnet_ids":[]})
    eg=[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]
    keys['SecurityGroups'].append({"GroupId":sg1,"VpcId":vpc,"GroupName":"app","IpPermissions":[{"IpProtocol":"tcp","FromPort":443,"ToPort":443,"IpRanges":[{"CidrIp":"10.0.0.0/8"}]}],"IpPermissionsEgress":eg})
    keys['SecurityGroups'].append({"GroupId":sg2,"VpcId":vpc,"GroupName":"vpce","IpPermissions":[{"IpProtocol":"tcp","FromPort":443,"ToPort":443,"UserIdGroupPairs":[{"GroupId":sg1}]}],"IpPermissionsEgress":eg})
    tfeg=[{"protocol":"-1","from_port":0,"to_port":0,"cidr_blocks":["0.0.0.0/0"]}]
    res('aws_security_group',sg1,{"id":sg1,"vpc_id":vpc,"name":"app","ingress":[{"protocol":"tcp","from_port":443,"to_port":443,"cidr_blocks":["10.0.0.0/8"]}],"egress":tfeg})
    res('aws_security_group',sg2,{"id":sg2,"vpc_id":vpc,"name":"vpce","ingress":[{"protocol":"tcp","from_port":443,"to_port":443,"security_groups":[sg1]}],"egress":tfeg})
    inst=[]
    for j in range(4):
        iid=f'i-{k:08x}{j}'; ipj=ip(j%2,10+j); sub=(s1,s2)[j%2]
        inst.append({"InstanceId":iid,"SubnetId":sub,"PrivateIpAddress":ipj,"State":{"Name":"running"},"SecurityGroups":[{"GroupId":sg1}],"LaunchTime":"2020-05-09 05:01:38+00:00"})
        res('aws_instance',iid,{"id":iid,"subnet_id":sub,"private_ip":ipj,"instance_state":"running","vpc_security_group_ids":[sg1]})
    keys['Reservations'].append({"ReservationId":f"r-{k}","Instances":inst})
    keys['InternetGateways'].append({"InternetGatewayId":igw,"Attachments":[{"VpcId":vpc,"State":"available"}]})
    res('aws_internet_gateway',igw,{"id":igw,"vpc_id":vpc})
    keys['NatGateways'].append({"NatGatewayId":nat,"SubnetId":s1,"State":"available","NatGatewayAddresses":[{"PrivateIp":ip(0,5),"PublicIp":f"198.{18+a}.{b}.{k%250+1}"}]})
    res('aws_nat_gateway',nat,{"id":nat,"subnet_id":s1,"private_ip":ip(0,5),"public_ip":f"198.{18+a}.{b}.{k%250+1}","connectivity_type":"public"})
    keys['VpcEndpoints'].append({"VpcEndpointId":gwe,"VpcEndpointType":"Gateway","VpcId":vpc,"ServiceName":f"com.amazonaws.{R}.s3","RouteTableIds":[rt2],"State":"available"})
    res('aws_vpc_endpoint',gwe,{"id":gwe,"vpc_id":vpc,"service_name":f"com.amazonaws.{R}.s3","vpc_endpoint_type":"Gateway","route_table_ids":[rt2],"prefix_list_id":"pl-63a5400a","state":"available"})
    enis=[f'eni-{k:08x}a',f'eni-{k:08x}b']
    keys['VpcEndpoints'].append({"VpcEndpointId":ife,"VpcEndpointType":"Interface","VpcId":vpc,"ServiceName":f"com.amazonaws.{R}.ssm","SubnetIds":[s1,s2],"Groups":[{"GroupId":sg2}],"PrivateDnsEnabled":True,"NetworkInterfaceIds":enis,"State":"available"})
    res('aws_vpc_endpoint',ife,{"id":ife,"vpc_id":vpc,"service_name":f"com.amazonaws.{R}.ssm","vpc_endpoint_type":"Interface","subnet_ids":[s1,s2],"security_group_ids":[sg2],"private_dns_enabled":True,"network_interface_ids":enis,"state":"available"})
    for e,s,eip in ((enis[0],s1,ip(0,200)),(enis[1],s2,ip(1,200))):
        keys['NetworkInterfaces'].append({"NetworkInterfaceId":e,"SubnetId":s,"PrivateIpAddress":eip,"InterfaceType":"vpc_endpoint","Description":f"VPC Endpoint Interface {ife}"})
    keys['TransitGatewayVpcAttachments'].append({"TransitGatewayAttachmentId":att,"TransitGatewayId":TGW,"VpcId":vpc,"SubnetIds":[s2],"State":"available"})
    keys['TransitGatewayAttachments'].append({"TransitGatewayAttachmentId":att,"TransitGatewayId":TGW,"ResourceType":"vpc","ResourceId":vpc,"Association":{"TransitGatewayRouteTableId":RT,"State":"associated"}})
    res('aws_ec2_transit_gateway_vpc_attachment',att,{"id":att,"transit_gateway_id":TGW,"vpc_id":vpc,"subnet_ids":[s2]})
    props.append({"TransitGatewayAttachmentId":att,"ResourceId":vpc,"ResourceType":"vpc","State":"enabled"})
for key,items in keys.items():
    json.dump({key:items},open(f'{out}/describe/{R}/{key}.json','w'),indent=1)
json.dump({"TransitGateways":[{"TransitGatewayId":TGW,"State":"available"}],"TransitGatewayRouteTables":[{"TransitGatewayRouteTableId":RT,"TransitGatewayId":TGW,"Propagations":props}]},open(f'{out}/describe/{R}/tgw.json','w'),indent=1)
res('aws_ec2_transit_gateway','hub',{"id":TGW,"arn":f"arn:aws:ec2:{R}:{A}:transit-gateway/{TGW}","default_route_table_association":"enable","default_route_table_propagation":"enable","association_default_route_table_id":RT,"propagation_default_route_table_id":RT})
json.dump({"format_version":"1.0","values":{"root_module":{"resources":tf}}},open(f'{out}/state.json','w'),indent=1)
print(sum(len(v) for v in keys.values()), 'describe items;', len(tf), 'terraform resources')
